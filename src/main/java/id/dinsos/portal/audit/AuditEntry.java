package id.dinsos.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One audit event as an administrator reads it. */
public record AuditEntry(long id, Instant occurredAt, ActorKind actorKind, @Nullable Long actorAccountId,
                         @Nullable Long actorClientId, String action, @Nullable String subjectType,
                         @Nullable String subjectId, @Nullable String detail, @Nullable String ip) {
}
