package id.dinsos.portal.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.sla.DeadlineCalculator;
import id.dinsos.portal.sla.SlaClock;
import id.dinsos.portal.sla.SlaService;
import id.dinsos.portal.sla.SlaState;

/**
 * A case's service clock, rebuilt from what the case recorded (start, the time limit it opened with,
 * pauses, completion) on the office calendar, and the instants the inbox filters on. The engine
 * ({@link SlaClock}) is the only place deadlines are worked out; the stored columns are its answers.
 */
@Component
class CaseClocks {

    private static final LocalizedText NO_TEXT = LocalizedText.of("-", null);
    private static final Duration PRECISION = Duration.ofMinutes(1);

    private final SlaService sla;

    CaseClocks(SlaService sla) {
        this.sla = sla;
    }

    DeadlineCalculator calculator() {
        return sla.calculator();
    }

    SlaClock clock(DeadlineCalculator calculator, CaseFile file, List<CasePause> pauses) {
        TimeLimit limit = new TimeLimit(file.limitMin(), file.limitMax(), file.limitUnit(), NO_TEXT);
        return calculator.clock(file.submittedAt(), limit, pauses.stream().map(CasePause::pause).toList(),
                file.completedAt());
    }

    SlaClock clock(CaseFile file, List<CasePause> pauses) {
        return clock(calculator(), file, pauses);
    }

    /**
     * Works the stored instants out again after the pauses changed: the deadline and target as they
     * stand (an open pause counts as ending now: the dates hold if the wait ended now), and the moment
     * the clock turns due soon. While paused the clock does not move towards its deadline, so the
     * inbox judges a paused case at the moment its pause began.
     */
    void refresh(CaseFile file, List<CasePause> pauses, Instant now) {
        DeadlineCalculator calculator = calculator();
        SlaClock clock = clock(calculator, file, pauses);
        @Nullable Instant pausedSince = clock.isPaused() ? pauses.getLast().pausedAt() : null;
        Instant at = pausedSince != null ? pausedSince : now;
        Instant due = clock.dueAt(at).toInstant();
        Instant target = clock.targetAt(at).toInstant();
        file.clock(target, due, dueSoonAt(clock, pauses, due, at, calculator.dueSoonShare().doubleValue()),
                pausedSince);
    }

    /**
     * The first minute at which the share of time used reaches the due-soon share, on the clock as it
     * runs after its last pause (the share only grows there): found by halving, at most ~25 steps.
     */
    private static Instant dueSoonAt(SlaClock clock, List<CasePause> pauses, Instant due, Instant at, double share) {
        SlaClock running = clock.isPaused() ? clock.resumed(at) : clock;
        Instant low = clock.start();
        for (CasePause pause : pauses) {
            Instant end = pause.resumedAt() != null ? pause.resumedAt() : at;
            if (end.isAfter(low)) {
                low = end;
            }
        }
        if (running.shareUsed(low) >= share) {
            return low;
        }
        Instant high = due;
        while (Duration.between(low, high).compareTo(PRECISION) > 0) {
            Instant mid = low.plus(Duration.between(low, high).dividedBy(2));
            if (running.shareUsed(mid) >= share) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** Where the case stands: judged at its pause's beginning while paused, final once completed. */
    static @Nullable SlaState state(CaseFile file, Instant now) {
        if (file.completedAt() != null) {
            CaseOutcome outcome = file.outcome();
            if (outcome == CaseOutcome.MET) {
                return SlaState.MET;
            }
            return outcome == CaseOutcome.MISSED ? SlaState.MISSED : null;
        }
        Instant at = file.pausedSince() != null ? file.pausedSince() : now;
        if (at.isAfter(file.dueAt())) {
            return SlaState.OVERDUE;
        }
        return at.isBefore(file.dueSoonAt()) ? SlaState.ON_TRACK : SlaState.DUE_SOON;
    }

    /** The elapsed time from submission to completion less the pauses: the compliance figures' duration. */
    static long durationMinutes(CaseFile file, List<CasePause> pauses, Instant completedAt) {
        Duration total = Duration.between(file.submittedAt(), completedAt);
        for (CasePause pause : pauses) {
            Instant end = pause.resumedAt() != null ? pause.resumedAt() : completedAt;
            total = total.minus(Duration.between(pause.pausedAt(), end));
        }
        return Math.max(0, total.toMinutes());
    }
}
