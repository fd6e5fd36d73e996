/**
 * Intake: applications and reports from drafts to submission, their documents per requirement,
 * gap-free tracking numbers, correction rounds, withdrawal and public tracking. The catalogue's
 * service definitions drive every form; no service is written into this module.
 * <p>
 * {@link id.dinsos.portal.intake.ApplicationService} owns the transactions and decides who may see
 * and change an application (docs/access-rules.md); the views and the REST API only call it.
 */
@NullMarked
package id.dinsos.portal.intake;

import org.jspecify.annotations.NullMarked;
