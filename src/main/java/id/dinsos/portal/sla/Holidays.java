package id.dinsos.portal.sla;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * The office's holidays: libur nasional and cuti bersama, both non-working days. Seeded from the
 * office's {@code holidays.csv} at every start (only dates not yet in the table are added), then kept
 * by administrators, who add next year's list and amend dates when a later decree moves them.
 * Reading is open to everyone: the holidays are public.
 */
@Service
public class Holidays {

    static final int MAX_NAME_LENGTH = 255;

    private static final Logger log = LoggerFactory.getLogger(Holidays.class);

    private static final String AUDIT_SUBJECT = "HOLIDAY";

    private final HolidayRecords records;
    private final AuditLog audit;
    private final Clock clock;

    Holidays(HolidayRecords records, AuditLog audit, Clock clock) {
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** How an import went: rows added from the file, and dates the table already had. */
    public record ImportReport(int inserted, int alreadyPresent) {
    }

    /** Every holiday in date order (deleted ones left out). */
    @Transactional(readOnly = true)
    public List<Holiday> all() {
        return records.findByActiveTrueOrderByHolidayDate().stream().map(HolidayRecord::toHoliday).toList();
    }

    /** The holidays from {@code from} to {@code to}, both included, in date order. */
    @Transactional(readOnly = true)
    public List<Holiday> between(LocalDate from, LocalDate to) {
        return records.findByActiveTrueAndHolidayDateBetweenOrderByHolidayDate(from, to).stream()
                .map(HolidayRecord::toHoliday).toList();
    }

    /** The dates of every holiday, for a {@link WorkingCalendar}. */
    @Transactional(readOnly = true)
    public Set<LocalDate> dates() {
        return records.findByActiveTrueOrderByHolidayDate().stream().map(HolidayRecord::holidayDate)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Adds the file's holidays whose dates the table does not have yet, and leaves every other row
     * alone: a date an administrator amended or deleted stays as the administrator left it. Run at
     * every start; running it again adds nothing. A broken file is refused with its line and reason.
     */
    @Transactional
    public ImportReport importFile(SourceFile file) {
        List<HolidayFile.Row> rows = HolidayFile.parse(file);
        Instant now = clock.instant();
        int inserted = 0;
        for (HolidayFile.Row row : rows) {
            inserted += records.insertFromFileUnlessPresent(row.date(), row.name(), row.type().name(), now);
        }
        log.info("Holidays: {} rows in {}, {} added, {} already present", rows.size(), file.name(), inserted,
                rows.size() - inserted);
        return new ImportReport(inserted, rows.size() - inserted);
    }

    /**
     * Adds a holiday (for example next year's list, or a cuti bersama decreed later). A date that is
     * a holiday already is refused ({@code sla.holiday.error.duplicate}); a date whose holiday was
     * deleted becomes a holiday again.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Holiday add(LocalDate date, String name, HolidayType type) {
        String checkedName = checkedName(name);
        Assert.notNull(date, "date is required");
        Assert.notNull(type, "type is required");
        Holiday added = put(date, checkedName, type, clock.instant()).toHoliday();
        audit.record("HOLIDAY_ADDED", AUDIT_SUBJECT, added.id(), date + " " + type);
        return added;
    }

    /**
     * Changes a holiday's date, name or type, for example when a later decree moves an Islamic
     * holiday. The row becomes the administrator's: the file never overwrites it. When the date
     * changes, the old date is kept as deleted, so that the file does not bring it back at the next
     * start. {@code version} is the one the administrator saw; a row changed since is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Holiday amend(long id, int version, LocalDate date, String name, HolidayType type) {
        String checkedName = checkedName(name);
        Assert.notNull(date, "date is required");
        Assert.notNull(type, "type is required");
        HolidayRecord record = current(id, version);
        Instant now = clock.instant();
        LocalDate before = record.holidayDate();
        if (before.equals(date)) {
            record.amend(checkedName, type, now);
            Holiday amended = records.save(record).toHoliday();
            audit.record("HOLIDAY_AMENDED", AUDIT_SUBJECT, id, date + " " + type);
            return amended;
        }
        record.remove(now);
        records.save(record);
        Holiday moved = put(date, checkedName, type, now).toHoliday();
        audit.record("HOLIDAY_AMENDED", AUDIT_SUBJECT, id, before + " -> " + date + " " + type);
        return moved;
    }

    /**
     * Deletes a holiday (the office works that day after all). Kept as a deleted row, so that the
     * file does not bring it back at the next start. {@code version} as for {@link #amend}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, int version) {
        HolidayRecord record = current(id, version);
        record.remove(clock.instant());
        records.save(record);
        audit.record("HOLIDAY_DELETED", AUDIT_SUBJECT, id, String.valueOf(record.holidayDate()));
    }

    private HolidayRecord put(LocalDate date, String name, HolidayType type, Instant now) {
        Optional<HolidayRecord> existing = records.findByHolidayDate(date);
        if (existing.isPresent()) {
            HolidayRecord record = existing.get();
            if (record.active()) {
                throw new HolidayRejectedException("sla.holiday.error.duplicate", date, record.toHoliday().name());
            }
            record.amend(name, type, now);
            return records.save(record);
        }
        return records.save(HolidayRecord.byAdmin(date, name, type, now));
    }

    private HolidayRecord current(long id, int version) {
        HolidayRecord record = records.findById(id).filter(HolidayRecord::active)
                .orElseThrow(() -> new RecordNotFoundException("Holiday " + id));
        if (record.version() != version) {
            throw new OptimisticLockingFailureException("Holiday " + id + " was changed by someone else");
        }
        return record;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new HolidayRejectedException("sla.holiday.error.name", MAX_NAME_LENGTH);
        }
        return stripped;
    }
}
