package id.dinsos.portal.intake;

import java.time.Instant;

/** Published when a returned application comes back corrected: the SLA clock resumes. */
public record ApplicationResubmitted(long applicationId, int round, Instant resubmittedAt) {
}
