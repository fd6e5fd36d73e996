package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of "My applications"; {@code dueAt} is the expected completion while the office works on it. */
public record ApplicationSummary(long id, String serviceCode, ApplicationStatus status,
                                 @Nullable String trackingNumber, @Nullable String beneficiaryName,
                                 @Nullable Long organisationId, Instant createdAt, @Nullable Instant submittedAt,
                                 Instant updatedAt, @Nullable Instant dueAt) {
}
