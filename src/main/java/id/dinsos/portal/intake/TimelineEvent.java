package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.audit.ActorKind;

/** One step in an application's timeline. Only ever added. */
@Table("intake_event")
class TimelineEvent {

    @Id
    private @Nullable Long id;
    private final long applicationId;
    private final Instant occurredAt;
    private final TimelineType type;
    private final ApplicationStatus statusAfter;
    @Column("round_no")
    private final int round;
    private final ActorKind actorKind;
    private final @Nullable String note;

    TimelineEvent(@Nullable Long id, long applicationId, Instant occurredAt, TimelineType type,
                  ApplicationStatus statusAfter, int round, ActorKind actorKind, @Nullable String note) {
        this.id = id;
        this.applicationId = applicationId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.statusAfter = statusAfter;
        this.round = round;
        this.actorKind = actorKind;
        this.note = note;
    }

    TimelineEntry entry() {
        return new TimelineEntry(occurredAt, type, statusAfter, round, actorKind, note);
    }

    TimelineEntry publicEntry() {
        return new TimelineEntry(occurredAt, type, statusAfter, round, actorKind, null);
    }

    long applicationId() { return applicationId; }
}
