package id.dinsos.portal.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.catalogue.TimeLimit;

/**
 * The service clock of one application: when it started, the time limit of its service, the pauses
 * while the applicant (a correction round) or an outside party was awaited, and its completion.
 * Immutable: {@link #paused}, {@link #resumed} and {@link #completed} return a new clock, and the
 * module that owns the application stores start, pauses and completion and rebuilds the clock with
 * {@link DeadlineCalculator#clock(Instant, TimeLimit, List, Instant)}.
 *
 * <p>A pause gives back the time it took in the unit's own measure: exactly the office time for
 * minutes and hours, whole working days (rounded up) for working days, whole calendar days (rounded
 * up) for calendar units (docs/adr/0010).
 * Share used, remaining time and the due-soon state are measured in office time for minutes, hours
 * and working days, in calendar time for calendar days, months and years, paused time left out.
 */
public final class SlaClock {

    private final DeadlineCalculator calculator;
    private final Instant start;
    private final TimeLimit limit;
    private final List<Pause> pauses;
    private final @Nullable Instant completedAt;

    /** A stretch of time during which the clock stood still; {@code to} is empty while it lasts. */
    public record Pause(Instant from, @Nullable Instant to) {
        public Pause {
            Assert.notNull(from, "a pause needs its beginning");
            Assert.isTrue(to == null || !to.isBefore(from), "a pause cannot end before it begins");
        }

        public boolean isOpen() {
            return to == null;
        }
    }

    SlaClock(DeadlineCalculator calculator, Instant start, TimeLimit limit, List<Pause> pauses,
             @Nullable Instant completedAt) {
        Assert.notNull(calculator, "calculator is required");
        Assert.notNull(start, "start is required");
        Assert.notNull(limit, "time limit is required");
        pauses = List.copyOf(pauses);
        Instant previousEnd = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause pause = pauses.get(i);
            Assert.isTrue(!pause.from().isBefore(previousEnd),
                    "pauses must begin after the start, in order, without overlapping");
            Assert.isTrue(pause.to() != null || i == pauses.size() - 1, "only the last pause can still be open");
            Assert.isTrue(completedAt == null || !pause.from().isAfter(completedAt),
                    "a pause cannot begin after the completion");
            previousEnd = pause.to() == null ? pause.from() : pause.to();
        }
        Assert.isTrue(completedAt == null || !completedAt.isBefore(previousEnd),
                "the completion cannot come before the start or the end of a pause");
        this.calculator = calculator;
        this.start = start;
        this.limit = limit;
        this.pauses = pauses;
        this.completedAt = completedAt;
    }

    public Instant start() {
        return start;
    }

    public TimeLimit limit() {
        return limit;
    }

    public List<Pause> pauses() {
        return pauses;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Whether the clock stands still now (an open pause, not completed). */
    public boolean isPaused() {
        return completedAt == null && !pauses.isEmpty() && pauses.getLast().isOpen();
    }

    /** The clock stopped at {@code at}: a correction round or an outside party began. */
    public SlaClock paused(Instant at) {
        Assert.state(completedAt == null, "a completed clock cannot be paused");
        Assert.state(!isPaused(), "the clock is already paused");
        List<Pause> next = new ArrayList<>(pauses);
        next.add(new Pause(at, null));
        return new SlaClock(calculator, start, limit, next, null);
    }

    /** The clock running again from {@code at}, with the time it had left. */
    public SlaClock resumed(Instant at) {
        Assert.state(isPaused(), "the clock is not paused");
        List<Pause> next = new ArrayList<>(pauses);
        next.set(next.size() - 1, new Pause(pauses.getLast().from(), at));
        return new SlaClock(calculator, start, limit, next, null);
    }

    /** The work done at {@code at}; a pause still open ends then. */
    public SlaClock completed(Instant at) {
        Assert.state(completedAt == null, "the clock is already completed");
        return new SlaClock(calculator, start, limit, pausesUntil(at), at);
    }

    /**
     * The deadline: the high end of the time limit, pauses given back. Empty while a pause holds the
     * clock (the deadline is known again when it resumes); a pause that began after the deadline had
     * passed does not hide it.
     */
    public Optional<ZonedDateTime> due() {
        return calculator.due(start, limit.max(), limit.unit(), pauses);
    }

    /** The target: the low end of a range (the deadline itself for a single value), pauses given back. */
    public Optional<ZonedDateTime> target() {
        return calculator.due(start, limit.min(), limit.unit(), pauses);
    }

    /** The deadline as it stands at {@code now}: a pause still open counts as ending now. */
    public ZonedDateTime dueAt(Instant now) {
        return calculator.due(start, limit.max(), limit.unit(), pausesUntil(moment(now))).orElseThrow();
    }

    /** The target as it stands at {@code now}: a pause still open counts as ending now. */
    public ZonedDateTime targetAt(Instant now) {
        return calculator.due(start, limit.min(), limit.unit(), pausesUntil(moment(now))).orElseThrow();
    }

    /**
     * The state at {@code now}: once completed MET or MISSED (completion at the deadline is in time);
     * otherwise OVERDUE after the deadline, DUE_SOON from the configured share of the time used, else
     * ON_TRACK. Waiting never brings a paused clock closer to its deadline: it does not turn due soon
     * or overdue while paused (one already overdue when it was paused stays overdue).
     */
    public SlaState state(Instant now) {
        if (completedAt != null) {
            return completedAt.isAfter(dueAt(completedAt).toInstant()) ? SlaState.MISSED : SlaState.MET;
        }
        if (now.isAfter(dueAt(now).toInstant())) {
            return SlaState.OVERDUE;
        }
        return shareUsed(now) >= calculator.dueSoonShare().doubleValue() ? SlaState.DUE_SOON : SlaState.ON_TRACK;
    }

    /**
     * The share of the time used at {@code now} (at the completion once completed): elapsed time
     * minus paused time, over the whole time to the deadline minus paused time. Above 1 when overdue.
     */
    public double shareUsed(Instant now) {
        Instant at = moment(now);
        Duration total = total(at);
        if (total.isZero()) {
            return 1;
        }
        return (double) used(at).toMillis() / total.toMillis();
    }

    /**
     * The time left at {@code now} (at the completion once completed), in the unit's measure: office
     * time for minutes, hours and working days, calendar time otherwise. Negative when overdue; it does
     * not run while the clock is paused.
     */
    public Duration remaining(Instant now) {
        Instant at = moment(now);
        return total(at).minus(used(at));
    }

    private Instant moment(Instant now) {
        return completedAt != null ? completedAt : now;
    }

    private Duration total(Instant at) {
        List<Pause> closed = pausesUntil(at);
        Instant due = calculator.due(start, limit.max(), limit.unit(), closed).orElseThrow().toInstant();
        return counted(closed, due);
    }

    private Duration used(Instant at) {
        return counted(pausesUntil(at), at);
    }

    // The unit's time from the start to the bound, less the paused time before the bound.
    private Duration counted(List<Pause> closed, Instant bound) {
        Duration counted = calculator.measure(limit.unit(), start, bound);
        for (Pause pause : closed) {
            Instant to = pause.to();
            if (to != null && pause.from().isBefore(bound)) {
                counted = counted.minus(calculator.measure(limit.unit(), pause.from(), to.isBefore(bound) ? to : bound));
            }
        }
        return counted;
    }

    // The pauses as they stand at a moment: a pause still open ends then (or where it began, if later).
    private List<Pause> pausesUntil(Instant at) {
        if (pauses.isEmpty() || !pauses.getLast().isOpen()) {
            return pauses;
        }
        List<Pause> closed = new ArrayList<>(pauses);
        Pause open = pauses.getLast();
        closed.set(closed.size() - 1, new Pause(open.from(), at.isAfter(open.from()) ? at : open.from()));
        return closed;
    }

    @Override
    public String toString() {
        return "SlaClock[start=" + start + ", limit=" + limit.min() + "-" + limit.max() + " " + limit.unit()
                + ", pauses=" + pauses + ", completedAt=" + completedAt + "]";
    }
}
