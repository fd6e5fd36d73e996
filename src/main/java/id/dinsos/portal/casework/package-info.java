/**
 * The back office (docs/adr/0014): one case per submitted application or report, who holds it
 * (disposisi), the verifier's findings per requirement, waiting for outside parties, decisions, the
 * case history, and the service clock on the office's working-time calendar (the {@code sla} module).
 * It follows intake through intake's events and moves applications on through
 * {@link id.dinsos.portal.intake.ApplicationProgress}; screens in {@code casework.ui}.
 */
@NullMarked
package id.dinsos.portal.casework;

import org.jspecify.annotations.NullMarked;
