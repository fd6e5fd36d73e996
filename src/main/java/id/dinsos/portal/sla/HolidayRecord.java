package id.dinsos.portal.sla;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the holiday table, one per date. A deleted holiday stays as an inactive ADMIN row: the
 * start-up import adds file rows only for dates without any row, so the deletion survives a restart.
 */
@Table("sla_holiday")
class HolidayRecord {

    @Id
    private @Nullable Long id;
    private LocalDate holidayDate;
    private String name;
    private String type;
    private String source;
    private boolean active;
    private Instant updatedAt;
    @Version
    private @Nullable Integer version;

    HolidayRecord(@Nullable Long id, LocalDate holidayDate, String name, String type, String source, boolean active,
                  Instant updatedAt, @Nullable Integer version) {
        this.id = id;
        this.holidayDate = holidayDate;
        this.name = name;
        this.type = type;
        this.source = source;
        this.active = active;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static HolidayRecord fromFile(LocalDate date, String name, HolidayType type, Instant at) {
        return new HolidayRecord(null, date, name, type.name(), HolidaySource.FILE.name(), true, at, null);
    }

    static HolidayRecord byAdmin(LocalDate date, String name, HolidayType type, Instant at) {
        return new HolidayRecord(null, date, name, type.name(), HolidaySource.ADMIN.name(), true, at, null);
    }

    /** An administrator's change: from now on the row is the administrator's, not the file's. */
    void amend(String name, HolidayType type, Instant at) {
        this.name = name;
        this.type = type.name();
        this.source = HolidaySource.ADMIN.name();
        this.active = true;
        this.updatedAt = at;
    }

    /** An administrator's deletion, kept as a tombstone so that the file does not bring it back. */
    void remove(Instant at) {
        this.source = HolidaySource.ADMIN.name();
        this.active = false;
        this.updatedAt = at;
    }

    boolean active() {
        return active;
    }

    LocalDate holidayDate() {
        return holidayDate;
    }

    int version() {
        return version == null ? 0 : version;
    }

    Holiday toHoliday() {
        if (id == null) {
            throw new IllegalStateException("holiday not saved yet");
        }
        return new Holiday(id, holidayDate, name, HolidayType.valueOf(type), HolidaySource.valueOf(source), version());
    }
}
