package id.dinsos.portal.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.util.Assert;

import id.dinsos.portal.office.OfficeProfile;

/**
 * When the office works: its opening hours on its working weekdays, in its zone, minus its holidays
 * (libur nasional and cuti bersama alike). Pure: it is given the hours and the holiday dates, and
 * never reads a clock or a database, so that every rule can be tested with fixed dates.
 *
 * <p>Office time is the half-open interval [open, close) of each working day: at 15.30 the office is
 * closed. Every result is in the office's zone, whatever zone an argument was given in (the servers
 * run in UTC).
 */
public final class WorkingCalendar {

    private final LocalTime open;
    private final LocalTime close;
    private final Set<DayOfWeek> days;
    private final ZoneId zone;
    private final Set<LocalDate> holidays;

    public WorkingCalendar(OfficeProfile.Hours hours, Set<LocalDate> holidays) {
        Assert.notNull(hours, "hours are required");
        Assert.notNull(holidays, "holidays are required (an empty set when there are none)");
        this.open = hours.open();
        this.close = hours.close();
        this.days = EnumSet.copyOf(hours.days());
        this.zone = hours.zone();
        this.holidays = Set.copyOf(holidays);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalTime open() {
        return open;
    }

    public LocalTime close() {
        return close;
    }

    /** The length of one working day's office hours (7 h 30 min for 08.00–15.30). */
    public Duration officeDay() {
        return Duration.between(open, close);
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** A working weekday of the office that is neither a libur nasional nor a cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** Whether the office is open at that moment: a working day, at or after opening and before closing. */
    public boolean isWorkingTime(ZonedDateTime moment) {
        ZonedDateTime local = local(moment);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(open) && time.isBefore(close);
    }

    public boolean isWorkingTime(Instant moment) {
        return isWorkingTime(moment.atZone(zone));
    }

    /** The first working day strictly after the given date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The given date when it is a working day, otherwise the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** Opening time on that date, in the office's zone. */
    public ZonedDateTime opening(LocalDate date) {
        return date.atTime(open).atZone(zone);
    }

    /** Closing time on that date, in the office's zone. */
    public ZonedDateTime closing(LocalDate date) {
        return date.atTime(close).atZone(zone);
    }

    /** The end of office hours on the date, or on the next working day when the date is not one. */
    public ZonedDateTime closingOnOrAfter(LocalDate date) {
        return closing(workingDayOnOrAfter(date));
    }

    /**
     * When office time next runs: the moment itself during office hours, otherwise the next opening
     * (08.00 the same day before opening, 08.00 of the next working day after closing, on a weekend
     * or on a holiday).
     */
    public ZonedDateTime nextWorkingStart(ZonedDateTime moment) {
        ZonedDateTime local = local(moment);
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date) && local.toLocalTime().isBefore(open)) {
            return opening(date);
        }
        if (isWorkingTime(local)) {
            return local;
        }
        return opening(nextWorkingDay(date));
    }

    public ZonedDateTime nextWorkingStart(Instant moment) {
        return nextWorkingStart(moment.atZone(zone));
    }

    /** {@link #addOfficeTime(ZonedDateTime, Duration)} in whole minutes. */
    public ZonedDateTime addOfficeMinutes(ZonedDateTime start, long minutes) {
        return addOfficeTime(start, Duration.ofMinutes(minutes));
    }

    /**
     * The moment at which the given amount of office time has passed after the start, counting only
     * office hours of working days. A start outside office hours begins counting at the next opening;
     * an amount that runs out exactly at closing ends at closing (15.20 + 10 min = 15.30 the same
     * day), one that does not fit continues at the next opening (15.25 + 10 min = 08.05 of the next
     * working day). Zero office time is the start itself.
     */
    public ZonedDateTime addOfficeTime(ZonedDateTime start, Duration amount) {
        Assert.isTrue(!amount.isNegative(), "office time to add must not be negative");
        ZonedDateTime cursor = local(start);
        Duration remaining = amount;
        while (!remaining.isZero()) {
            cursor = nextWorkingStart(cursor);
            ZonedDateTime closing = closing(cursor.toLocalDate());
            Duration available = Duration.between(cursor, closing);
            if (remaining.compareTo(available) <= 0) {
                return cursor.plus(remaining);
            }
            remaining = remaining.minus(available);
            cursor = closing;
        }
        return cursor;
    }

    /**
     * The end of office hours of the {@code days}-th working day after the start. Only whole working
     * days count: day one is the first working day whose office hours begin at or after the start.
     * So a start before 08.00 on a working day counts that day; a start during (or after) office
     * hours does not, nor does a weekend or holiday; day one is then the next working day.
     */
    public ZonedDateTime addWorkingDays(ZonedDateTime start, int days) {
        Assert.isTrue(days >= 1, "working days to add must be at least one");
        ZonedDateTime local = local(start);
        LocalDate date = local.toLocalDate();
        LocalDate day = isWorkingDay(date) && !local.isAfter(opening(date)) ? date : nextWorkingDay(date);
        for (int i = 1; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return closing(day);
    }

    /** How much office time lies between two moments (zero when {@code to} is not after {@code from}). */
    public Duration officeTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant begin = max(from, opening(day).toInstant());
            Instant end = min(to, closing(day).toInstant());
            if (end.isAfter(begin)) {
                total = total.plus(Duration.between(begin, end));
            }
        }
        return total;
    }

    /** The number of working days after {@code after} up to and including {@code upTo}. */
    public int workingDaysAfter(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private ZonedDateTime local(ZonedDateTime moment) {
        return moment.withZoneSameInstant(zone);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
