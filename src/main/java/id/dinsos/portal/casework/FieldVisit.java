package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A field visit of a case: scheduled and assigned to an officer, then recorded or cancelled. */
@Table("casework_visit")
class FieldVisit {

    @Id
    private @Nullable Long id;
    private final long caseId;
    private final Instant scheduledFor;
    private final long officerAccountId;
    private final String purpose;
    private VisitStatus status;
    private @Nullable VisitFinding finding;
    private @Nullable String report;
    private final long scheduledBy;
    private final Instant scheduledAt;
    private @Nullable Long recordedBy;
    private @Nullable Instant recordedAt;
    @Version
    private @Nullable Integer version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    FieldVisit(@Nullable Long id, long caseId, Instant scheduledFor, long officerAccountId, String purpose,
               VisitStatus status, @Nullable VisitFinding finding, @Nullable String report, long scheduledBy,
               Instant scheduledAt, @Nullable Long recordedBy, @Nullable Instant recordedAt,
               @Nullable Integer version) {
        this.id = id;
        this.caseId = caseId;
        this.scheduledFor = scheduledFor;
        this.officerAccountId = officerAccountId;
        this.purpose = purpose;
        this.status = status;
        this.finding = finding;
        this.report = report;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    static FieldVisit schedule(long caseId, Instant when, long officer, String purpose, long by, Instant now) {
        return new FieldVisit(null, caseId, when, officer, purpose, VisitStatus.SCHEDULED, null, null, by, now, null,
                null, null);
    }

    void record(VisitFinding finding, String report, long by, Instant now) {
        this.status = VisitStatus.DONE;
        this.finding = finding;
        this.report = report;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void cancel(String reason, long by, Instant now) {
        this.status = VisitStatus.CANCELLED;
        this.report = reason;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    long id() { return java.util.Objects.requireNonNull(id); }
    long caseId() { return caseId; }
    Instant scheduledFor() { return scheduledFor; }
    long officerAccountId() { return officerAccountId; }
    String purpose() { return purpose; }
    VisitStatus status() { return status; }
    @Nullable VisitFinding finding() { return finding; }
    @Nullable String report() { return report; }
    @Nullable Long recordedBy() { return recordedBy; }
    @Nullable Instant recordedAt() { return recordedAt; }
    int version() { return version == null ? 0 : version; }
}
