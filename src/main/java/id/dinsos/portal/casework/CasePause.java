package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.sla.SlaClock;

/** A stretch during which a case's clock stood still; resumedAt is empty while it lasts. */
@Table("casework_pause")
class CasePause {

    @Id
    private @Nullable Long id;
    private final long caseId;
    private final PauseReason reason;
    private final @Nullable String awaited;
    private final Instant pausedAt;
    private @Nullable Instant resumedAt;

    CasePause(@Nullable Long id, long caseId, PauseReason reason, @Nullable String awaited, Instant pausedAt,
              @Nullable Instant resumedAt) {
        this.id = id;
        this.caseId = caseId;
        this.reason = reason;
        this.awaited = awaited;
        this.pausedAt = pausedAt;
        this.resumedAt = resumedAt;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    SlaClock.Pause pause() {
        return new SlaClock.Pause(pausedAt, resumedAt);
    }

    long caseId() { return caseId; }
    PauseReason reason() { return reason; }
    @Nullable String awaited() { return awaited; }
    Instant pausedAt() { return pausedAt; }
    @Nullable Instant resumedAt() { return resumedAt; }
    boolean isOpen() { return resumedAt == null; }
}
