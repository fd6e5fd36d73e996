package id.dinsos.portal.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.catalogue.TimeLimitUnit;

/**
 * Deadlines for every unit in which a Standar Pelayanan states its time limit, on a
 * {@link WorkingCalendar}. Pure: the calendar and the due-soon share are given; the time "now" is
 * always an argument. The counting rules (docs/adr/0010):
 *
 * <ul>
 * <li>{@code MINUTES}, {@code HOURS}: office time only, to the second (1.5 hours = 90 office minutes);
 * a start outside office hours begins counting at the next opening.</li>
 * <li>{@code WORKING_DAYS}: the end of office hours of the N-th whole working day after the start
 * ({@link WorkingCalendar#addWorkingDays}); a fraction of a day rounds up to a whole day.</li>
 * <li>{@code CALENDAR_DAYS}, {@code MONTHS}, {@code YEARS}: the calendar from the start's date in the
 * office's zone (1.5 years = 18 months; 31 January + 1 month = 28 or 29 February; a fraction of a
 * month is that share of 30 days, rounded up), ending at the close of office hours on that date, or
 * of the next working day when that date is a weekend or holiday.</li>
 * </ul>
 *
 * <p>Pauses give the time back: exactly the paused office time for minutes and hours; for working
 * days, the paused office time in office days rounded up (whole working days added after the
 * deadline's day); for calendar units, the paused time in days of 24 hours rounded up (added to the
 * deadline's date, then moved off a weekend or holiday). A pause that begins at or after the deadline
 * gives nothing back. So a clock never loses time by being paused, and never turns overdue while it
 * waits.
 */
public final class DeadlineCalculator {

    /** The share of the time used from which a running clock is "due soon", unless configured otherwise. */
    public static final BigDecimal DEFAULT_DUE_SOON_SHARE = new BigDecimal("0.75");

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);
    private static final BigDecimal DAYS_PER_FRACTIONAL_MONTH = BigDecimal.valueOf(30);
    private static final Duration DAY = Duration.ofDays(1);

    private final WorkingCalendar calendar;
    private final BigDecimal dueSoonShare;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this(calendar, DEFAULT_DUE_SOON_SHARE);
    }

    public DeadlineCalculator(WorkingCalendar calendar, BigDecimal dueSoonShare) {
        Assert.notNull(calendar, "calendar is required");
        Assert.isTrue(dueSoonShare.signum() > 0 && dueSoonShare.compareTo(BigDecimal.ONE) <= 0,
                "the due-soon share must be more than 0 and at most 1");
        this.calendar = calendar;
        this.dueSoonShare = dueSoonShare;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public BigDecimal dueSoonShare() {
        return dueSoonShare;
    }

    /** The deadline for {@code amount} of {@code unit} counted from {@code start}, in the office's zone. */
    public ZonedDateTime deadline(Instant start, BigDecimal amount, TimeLimitUnit unit) {
        return due(start, amount, unit, List.of()).orElseThrow();
    }

    /** The target of a time limit: its low end (for a single value, the deadline itself). */
    public ZonedDateTime target(Instant start, TimeLimit limit) {
        return deadline(start, limit.min(), limit.unit());
    }

    /** The deadline of a time limit: its high end, the limit the standard promises. */
    public ZonedDateTime deadline(Instant start, TimeLimit limit) {
        return deadline(start, limit.max(), limit.unit());
    }

    /** A running clock started at {@code start}, without pauses yet. */
    public SlaClock clock(Instant start, TimeLimit limit) {
        return new SlaClock(this, start, limit, List.of(), null);
    }

    /** A clock rebuilt from what was recorded: its start, its pauses and, once finished, its completion. */
    public SlaClock clock(Instant start, TimeLimit limit, List<SlaClock.Pause> pauses, @Nullable Instant completedAt) {
        return new SlaClock(this, start, limit, pauses, completedAt);
    }

    /**
     * The deadline given the pauses (ordered, not overlapping, the last possibly still open). Empty
     * while an open pause holds the clock before its deadline was reached: the deadline is then not
     * known until the clock resumes. A pause that begins at or after the deadline changes nothing:
     * the time had run out already.
     */
    Optional<ZonedDateTime> due(Instant start, BigDecimal amount, TimeLimitUnit unit, List<SlaClock.Pause> pauses) {
        Assert.isTrue(amount.signum() > 0, "the amount of time must be positive");
        return switch (unit) {
            case MINUTES -> officeTimeDue(start, seconds(amount, SECONDS_PER_MINUTE), pauses);
            case HOURS -> officeTimeDue(start, seconds(amount, SECONDS_PER_HOUR), pauses);
            case WORKING_DAYS -> workingDaysDue(start, wholeDays(amount), pauses);
            case CALENDAR_DAYS, MONTHS, YEARS -> calendarDue(calendarDate(start, amount, unit), pauses);
        };
    }

    /** Whether the unit's time is office time (minutes, hours, working days) rather than the calendar's. */
    static boolean countsOfficeTime(TimeLimitUnit unit) {
        return switch (unit) {
            case MINUTES, HOURS, WORKING_DAYS -> true;
            case CALENDAR_DAYS, MONTHS, YEARS -> false;
        };
    }

    /** The time that counts for the unit between two moments: office time, or calendar time. */
    Duration measure(TimeLimitUnit unit, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return countsOfficeTime(unit) ? calendar.officeTimeBetween(from, to) : Duration.between(from, to);
    }

    // The paused office time is given back exactly: walk the office time that is not paused.
    private Optional<ZonedDateTime> officeTimeDue(Instant start, Duration amount, List<SlaClock.Pause> pauses) {
        Instant cursor = start;
        Duration remaining = amount;
        for (SlaClock.Pause pause : pauses) {
            Duration before = calendar.officeTimeBetween(cursor, pause.from());
            if (before.compareTo(remaining) >= 0) {
                break;
            }
            remaining = remaining.minus(before);
            Instant to = pause.to();
            if (to == null) {
                return Optional.empty();
            }
            cursor = to;
        }
        return Optional.of(calendar.addOfficeTime(cursor.atZone(calendar.zone()), remaining));
    }

    // Whole working days: each pause moves the deadline by the working days it took, counted as its office
    // time over the length of an office day, rounded up. Rounding up keeps the promise that a clock never
    // loses time by being paused (the days given back cover the time taken) and never turns overdue
    // while it waits.
    private Optional<ZonedDateTime> workingDaysDue(Instant start, int days, List<SlaClock.Pause> pauses) {
        ZonedDateTime due = calendar.addWorkingDays(start.atZone(calendar.zone()), days);
        for (SlaClock.Pause pause : pauses) {
            if (!pause.from().isBefore(due.toInstant())) {
                break;
            }
            Instant to = pause.to();
            if (to == null) {
                return Optional.empty();
            }
            long back = Math.ceilDiv(calendar.officeTimeBetween(pause.from(), to).toMillis(),
                    calendar.officeDay().toMillis());
            LocalDate day = due.toLocalDate();
            for (long i = 0; i < back; i++) {
                day = calendar.nextWorkingDay(day);
            }
            due = calendar.closing(day);
        }
        return Optional.of(due);
    }

    // Calendar units: each pause moves the deadline's date by the days it lasted (24 hours each, rounded
    // up), then off a weekend or holiday again.
    private Optional<ZonedDateTime> calendarDue(LocalDate date, List<SlaClock.Pause> pauses) {
        ZonedDateTime due = calendar.closingOnOrAfter(date);
        for (SlaClock.Pause pause : pauses) {
            if (!pause.from().isBefore(due.toInstant())) {
                break;
            }
            Instant to = pause.to();
            if (to == null) {
                return Optional.empty();
            }
            long back = Math.ceilDiv(Duration.between(pause.from(), to).toMillis(), DAY.toMillis());
            due = calendar.closingOnOrAfter(due.toLocalDate().plusDays(back));
        }
        return Optional.of(due);
    }

    private LocalDate calendarDate(Instant start, BigDecimal amount, TimeLimitUnit unit) {
        LocalDate from = date(start);
        if (unit == TimeLimitUnit.CALENDAR_DAYS) {
            return from.plusDays(wholeDays(amount));
        }
        BigDecimal months = unit == TimeLimitUnit.YEARS ? amount.multiply(MONTHS_PER_YEAR) : amount;
        BigDecimal whole = months.setScale(0, RoundingMode.DOWN);
        BigDecimal fraction = months.subtract(whole);
        long extraDays = fraction.multiply(DAYS_PER_FRACTIONAL_MONTH).setScale(0, RoundingMode.CEILING).longValueExact();
        return from.plusMonths(whole.longValueExact()).plusDays(extraDays);
    }

    private LocalDate date(Instant moment) {
        return moment.atZone(calendar.zone()).toLocalDate();
    }

    private static Duration seconds(BigDecimal amount, BigDecimal secondsPerUnit) {
        return Duration.ofSeconds(amount.multiply(secondsPerUnit).setScale(0, RoundingMode.CEILING).longValueExact());
    }

    private static int wholeDays(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.CEILING).intValueExact();
    }
}
