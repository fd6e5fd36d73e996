package id.dinsos.portal.intake;

import java.time.Instant;

/**
 * Published when the back office (or the letters) moves an application on: review, field visit,
 * waiting for an outside party, decision, letter issued, completed. Carries ids and codes only.
 */
public record ApplicationStatusChanged(long applicationId, String serviceCode, ApplicationStatus from,
                                       ApplicationStatus to, Instant at) {
}
