/**
 * Intake's plain HTTP endpoints for the browser, beside its views: the downloads a page links to
 * (the receipt PDF, an application's files). Signed in by the session cookie like the views; the
 * access rules are {@link id.dinsos.portal.intake.ApplicationService}'s (docs/access-rules.md).
 */
@NullMarked
package id.dinsos.portal.intake.web;

import org.jspecify.annotations.NullMarked;
