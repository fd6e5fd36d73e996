package id.dinsos.portal.casework;

import java.time.Instant;

/**
 * Published when a case is approved or rejected. The letters module drafts the letter of an approved
 * case from here; until it does, the case shows "awaiting letter".
 */
public record ApplicationDecided(long applicationId, String serviceCode, boolean approved, long decidedBy,
                                 Instant decidedAt) {
}
