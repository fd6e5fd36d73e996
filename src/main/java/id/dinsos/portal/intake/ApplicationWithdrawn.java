package id.dinsos.portal.intake;

import java.time.Instant;

/** Published when the applicant withdraws an application: the clock stops, the case closes. */
public record ApplicationWithdrawn(long applicationId, Instant withdrawnAt) {
}
