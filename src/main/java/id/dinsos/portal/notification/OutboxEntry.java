package id.dinsos.portal.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A queued mail as an administrator sees it: who it is for only masked ({@code b***@example.org}),
 * and neither its subject nor its body, which may carry a link or personal data.
 *
 * @param status {@code PENDING}, {@code SENT} or {@code FAILED}
 */
public record OutboxEntry(long id, String maskedRecipient, String template, String status, int attempts,
                          @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, Instant createdAt,
                          @Nullable String lastError) {
}
