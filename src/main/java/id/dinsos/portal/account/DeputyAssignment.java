package id.dinsos.portal.account;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * Pelaksana harian: from {@code startsOn} to {@code endsOn} (office dates, both included) the deputy
 * also holds the absent person's role in the unit. An aggregate of its own: it is created, ended and
 * kept on its own schedule, not with either person's account.
 */
@Table("account_deputy")
class DeputyAssignment {

    @Id
    private @Nullable Long id;
    private final long deputyAccountId;
    private final long absentAccountId;
    private final StaffRole role;
    private final String unitCode;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final long createdBy;
    private final Instant createdAt;
    private @Nullable Instant endedAt;
    private @Nullable Long endedBy;
    @Version
    private @Nullable Integer version;

    DeputyAssignment(@Nullable Long id, long deputyAccountId, long absentAccountId, StaffRole role, String unitCode,
                     LocalDate startsOn, LocalDate endsOn, long createdBy, Instant createdAt, @Nullable Instant endedAt,
                     @Nullable Long endedBy, @Nullable Integer version) {
        Assert.isTrue(deputyAccountId != absentAccountId, "nobody deputises for themselves");
        Assert.isTrue(!endsOn.isBefore(startsOn), "a deputising ends on or after its first day");
        Assert.isTrue(role.deputisable(), "nobody deputises for " + role);
        Assert.hasText(unitCode, "unit is required");
        this.id = id;
        this.deputyAccountId = deputyAccountId;
        this.absentAccountId = absentAccountId;
        this.role = role;
        this.unitCode = unitCode;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.endedAt = endedAt;
        this.endedBy = endedBy;
        this.version = version;
    }

    static DeputyAssignment assign(long deputy, long absent, StaffRole role, String unitCode, LocalDate startsOn,
                                   LocalDate endsOn, long createdBy, Instant now) {
        return new DeputyAssignment(null, deputy, absent, role, unitCode, startsOn, endsOn, createdBy, now, null, null,
                null);
    }

    /** In force on this office date: between its dates and not ended early. */
    boolean inForceOn(LocalDate day) {
        return endedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** Ends it now, whatever its dates said; ending twice keeps the first end. */
    void end(long by, Instant at) {
        if (endedAt == null) {
            endedAt = at;
            endedBy = by;
        }
    }

    @Nullable Long id() {
        return id;
    }

    long deputyAccountId() {
        return deputyAccountId;
    }

    long absentAccountId() {
        return absentAccountId;
    }

    StaffRole role() {
        return role;
    }

    String unitCode() {
        return unitCode;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    @Nullable Instant endedAt() {
        return endedAt;
    }
}
