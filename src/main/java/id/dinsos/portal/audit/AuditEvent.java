package id.dinsos.portal.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A row of the audit trail. Immutable and without a version: it is inserted once and never changed,
 * so there is nothing to lock; its id comes from the database, so saving one always inserts.
 */
@Table("audit_event")
record AuditEvent(@Id @Nullable Long id, Instant occurredAt, ActorKind actorKind, @Nullable Long actorAccountId,
                  @Nullable Long actorClientId, String action, @Nullable String subjectType,
                  @Nullable String subjectId, @Nullable String detail, @Nullable String ip) {

    static final int MAX_ACTION = 64;
    static final int MAX_SUBJECT_TYPE = 32;
    static final int MAX_SUBJECT_ID = 64;
    static final int MAX_DETAIL = 1000;

    AuditEvent {
        Assert.notNull(occurredAt, "occurredAt is required");
        Assert.notNull(actorKind, "actorKind is required");
        Assert.isTrue(action != null && action.matches("[A-Z][A-Z0-9_]*") && action.length() <= MAX_ACTION,
                "an action is UPPER_SNAKE_CASE, at most 64 characters");
        Assert.isTrue(subjectType == null || (subjectType.matches("[A-Z][A-Z0-9_]*") && subjectType.length() <= MAX_SUBJECT_TYPE),
                "a subject type is UPPER_SNAKE_CASE, at most 32 characters");
        Assert.isTrue(subjectId == null || subjectId.length() <= MAX_SUBJECT_ID, "a subject id has at most 64 characters");
        if (detail != null && detail.length() > MAX_DETAIL) {
            detail = detail.substring(0, MAX_DETAIL);
        }
        if (ip != null && ip.length() > 45) {
            ip = ip.substring(0, 45);
        }
    }

    AuditEntry entry() {
        return new AuditEntry(id == null ? 0 : id, occurredAt, actorKind, actorAccountId, actorClientId, action,
                subjectType, subjectId, detail, ip);
    }
}
