package id.dinsos.portal.casework;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.catalogue.TimeLimitUnit;
import id.dinsos.portal.intake.ApplicationKind;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.IntakeChannel;

/**
 * A case: a submitted application or report as the back office works it. Its id is the application's.
 * The row carries who holds it and the clock's derived instants (due, due soon, target) for the inbox;
 * the version makes two staff members saving at once find out.
 */
@Table("casework_case")
class CaseFile {

    @Id
    private final Long id;
    private final String trackingNumber;
    private final String serviceCode;
    private final String unitCode;
    private final ApplicationKind kind;
    private final IntakeChannel channel;
    private final @Nullable String districtCode;
    private final @Nullable String applicantName;
    private ApplicationStatus status;
    private StaffRole holderRole;
    private @Nullable Long holderAccountId;
    private @Nullable String instruction;
    private final Instant submittedAt;
    private final BigDecimal limitMin;
    private final BigDecimal limitMax;
    private final TimeLimitUnit limitUnit;
    private @Nullable Instant targetAt;
    private Instant dueAt;
    private Instant dueSoonAt;
    private @Nullable Instant pausedSince;
    private @Nullable Instant completedAt;
    private @Nullable CaseOutcome outcome;
    private @Nullable Long durationMinutes;
    private int escalationLevel;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    CaseFile(Long id, String trackingNumber, String serviceCode, String unitCode, ApplicationKind kind,
             IntakeChannel channel, @Nullable String districtCode, @Nullable String applicantName,
             ApplicationStatus status, StaffRole holderRole, @Nullable Long holderAccountId,
             @Nullable String instruction, Instant submittedAt, BigDecimal limitMin, BigDecimal limitMax,
             TimeLimitUnit limitUnit, @Nullable Instant targetAt, Instant dueAt, Instant dueSoonAt,
             @Nullable Instant pausedSince, @Nullable Instant completedAt, @Nullable CaseOutcome outcome,
             @Nullable Long durationMinutes, int escalationLevel, Instant updatedAt, @Nullable Integer version) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.serviceCode = serviceCode;
        this.unitCode = unitCode;
        this.kind = kind;
        this.channel = channel;
        this.districtCode = districtCode;
        this.applicantName = applicantName;
        this.status = status;
        this.holderRole = holderRole;
        this.holderAccountId = holderAccountId;
        this.instruction = instruction;
        this.submittedAt = submittedAt;
        this.limitMin = limitMin;
        this.limitMax = limitMax;
        this.limitUnit = limitUnit;
        this.targetAt = targetAt;
        this.dueAt = dueAt;
        this.dueSoonAt = dueSoonAt;
        this.pausedSince = pausedSince;
        this.completedAt = completedAt;
        this.outcome = outcome;
        this.durationMinutes = durationMinutes;
        this.escalationLevel = escalationLevel;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    void hold(StaffRole role, @Nullable Long accountId, @Nullable String instruction, Instant now) {
        this.holderRole = role;
        this.holderAccountId = accountId;
        this.instruction = instruction;
        this.updatedAt = now;
    }

    void status(ApplicationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** The clock's derived instants, worked out again after a change to its pauses. */
    void clock(@Nullable Instant targetAt, Instant dueAt, Instant dueSoonAt, @Nullable Instant pausedSince) {
        this.targetAt = targetAt;
        this.dueAt = dueAt;
        this.dueSoonAt = dueSoonAt;
        this.pausedSince = pausedSince;
    }

    void complete(Instant at, CaseOutcome outcome, @Nullable Long durationMinutes) {
        this.completedAt = at;
        this.outcome = outcome;
        this.durationMinutes = durationMinutes;
        this.pausedSince = null;
        this.updatedAt = at;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    long id() { return id; }
    String trackingNumber() { return trackingNumber; }
    String serviceCode() { return serviceCode; }
    String unitCode() { return unitCode; }
    ApplicationKind kind() { return kind; }
    IntakeChannel channel() { return channel; }
    @Nullable String districtCode() { return districtCode; }
    @Nullable String applicantName() { return applicantName; }
    ApplicationStatus status() { return status; }
    StaffRole holderRole() { return holderRole; }
    @Nullable Long holderAccountId() { return holderAccountId; }
    @Nullable String instruction() { return instruction; }
    Instant submittedAt() { return submittedAt; }
    BigDecimal limitMin() { return limitMin; }
    BigDecimal limitMax() { return limitMax; }
    TimeLimitUnit limitUnit() { return limitUnit; }
    @Nullable Instant targetAt() { return targetAt; }
    Instant dueAt() { return dueAt; }
    Instant dueSoonAt() { return dueSoonAt; }
    @Nullable Instant pausedSince() { return pausedSince; }
    @Nullable Instant completedAt() { return completedAt; }
    @Nullable CaseOutcome outcome() { return outcome; }
    @Nullable Long durationMinutes() { return durationMinutes; }
    int escalationLevel() { return escalationLevel; }
    Instant updatedAt() { return updatedAt; }
    int version() { return version == null ? 0 : version; }
    boolean open() { return completedAt == null; }
}
