package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a case's history: what was done, by whom, when. Only ever added. */
@Table("casework_action")
class CaseAction {

    @Id
    private @Nullable Long id;
    private final long caseId;
    private final Instant occurredAt;
    private final CaseActionType action;
    private final @Nullable Long actorAccountId;
    private final @Nullable String actorName;
    private final @Nullable Long targetAccountId;
    private final @Nullable String note;

    CaseAction(@Nullable Long id, long caseId, Instant occurredAt, CaseActionType action, @Nullable Long actorAccountId,
               @Nullable String actorName, @Nullable Long targetAccountId, @Nullable String note) {
        this.id = id;
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.action = action;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.targetAccountId = targetAccountId;
        this.note = note;
    }

    CaseHistoryEntry entry(@Nullable String targetName) {
        return new CaseHistoryEntry(occurredAt, action, actorName, targetName, note);
    }

    long caseId() { return caseId; }
    @Nullable Long targetAccountId() { return targetAccountId; }
}
