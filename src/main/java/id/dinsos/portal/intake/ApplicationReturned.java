package id.dinsos.portal.intake;

import java.time.Instant;

/** Published when the office returns an application for correction: the SLA clock pauses. */
public record ApplicationReturned(long applicationId, int round, Instant returnedAt) {
}
