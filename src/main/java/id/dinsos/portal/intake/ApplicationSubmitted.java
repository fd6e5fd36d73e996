package id.dinsos.portal.intake;

import java.time.Instant;

/**
 * Published when an application reaches the office (first submission): the SLA clock and the back
 * office's inbox start from here. Carries ids and codes only.
 */
public record ApplicationSubmitted(long applicationId, String serviceCode, String trackingNumber, Instant submittedAt) {
}
