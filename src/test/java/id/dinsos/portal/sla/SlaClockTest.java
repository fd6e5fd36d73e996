package id.dinsos.portal.sla;

import static id.dinsos.portal.sla.TestCalendars.at;
import static id.dinsos.portal.sla.TestCalendars.limit;
import static id.dinsos.portal.sla.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.catalogue.TimeLimitUnit;

/** The clock of one application: pauses, states and the time remaining. */
class SlaClockTest {

    private static final TimeLimit THIRTY_MINUTES = limit("30", TimeLimitUnit.MINUTES);
    private static final TimeLimit ONE_WORKING_DAY = limit("1", TimeLimitUnit.WORKING_DAYS);
    private static final TimeLimit SEVEN_WORKING_DAYS = limit("7", TimeLimitUnit.WORKING_DAYS);
    private static final TimeLimit SIX_TO_SEVEN_DAYS = limit("6", "7", TimeLimitUnit.CALENDAR_DAYS);
    private static final TimeLimit ONE_DAY = limit("1", TimeLimitUnit.CALENDAR_DAYS);

    private final DeadlineCalculator calculator = TestCalendars.calculator();

    private SlaClock clock(String start, TimeLimit limit, SlaClock.Pause... pauses) {
        return calculator.clock(at(start), limit, List.of(pauses), null);
    }

    private static SlaClock.Pause pause(String from, String to) {
        return new SlaClock.Pause(at(from), at(to));
    }

    @Test
    void a_clock_without_pauses_is_due_at_the_deadline() {
        assertThat(clock("2026-06-02T10:00", THIRTY_MINUTES).due()).contains(wib("2026-06-02T10:30"));
    }

    @Test
    void a_pause_gives_back_exactly_the_paused_office_minutes() {
        assertThat(clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T10:10", "2026-06-02T10:25")).due())
                .contains(wib("2026-06-02T10:45"));
    }

    @Test
    void a_pause_over_the_night_gives_back_only_its_office_time() {
        // 10 minutes used on Tuesday before the pause; 20 remain when it ends on Wednesday at 08.20.
        assertThat(clock("2026-06-02T15:00", THIRTY_MINUTES, pause("2026-06-02T15:10", "2026-06-03T08:20")).due())
                .contains(wib("2026-06-03T08:40"));
    }

    @Test
    void a_pause_outside_office_hours_changes_nothing_for_office_minutes() {
        assertThat(clock("2026-06-02T15:20", THIRTY_MINUTES, pause("2026-06-02T18:00", "2026-06-03T07:00")).due())
                .contains(wib("2026-06-03T08:20"));
    }

    @Test
    void pause_during_correction_round_extends_the_deadline_by_the_paused_working_time() {
        // Rujukan, 7 working days from Monday 8 June 08.00: 8–12, 15, (16 June 1 Muharam), 17 June.
        SlaClock running = clock("2026-06-08T08:00", SEVEN_WORKING_DAYS);
        assertThat(running.due()).contains(wib("2026-06-17T15:30"));
        // Returned for correction Wednesday 10.00, complete Friday 14.00: 5 h 30 + 7 h 30 + 6 h of office
        // time, 2.53 office days, gives back 3 working days: 18, 19 and 22 June.
        SlaClock corrected = running.paused(at("2026-06-10T10:00")).resumed(at("2026-06-12T14:00"));
        assertThat(corrected.due()).contains(wib("2026-06-22T15:30"));
    }

    @Test
    void a_short_pause_in_office_hours_gives_back_one_whole_working_day() {
        assertThat(clock("2026-06-08T08:00", SEVEN_WORKING_DAYS, pause("2026-06-10T10:00", "2026-06-10T14:00")).due())
                .contains(wib("2026-06-18T15:30"));
    }

    @Test
    void a_pause_outside_office_hours_gives_back_no_working_day() {
        assertThat(clock("2026-06-08T08:00", SEVEN_WORKING_DAYS, pause("2026-06-10T16:00", "2026-06-11T07:00")).due())
                .contains(wib("2026-06-17T15:30"));
    }

    @Test
    void a_pause_over_a_weekend_counts_only_its_office_time() {
        // Friday 15.00 to Monday 08.30: one hour of office time, one working day back.
        assertThat(clock("2026-06-08T08:00", SEVEN_WORKING_DAYS, pause("2026-06-12T15:00", "2026-06-15T08:30")).due())
                .contains(wib("2026-06-18T15:30"));
    }

    @Test
    void pause_of_calendar_days_gives_back_the_days_it_lasted_to_target_and_deadline() {
        // LKS, 6–7 days from Tuesday 2 June: target Monday 8, deadline Tuesday 9 June. Paused from
        // Wednesday 10.00 to Saturday 09.00, 71 hours, 3 days back.
        SlaClock clock = clock("2026-06-02T10:00", SIX_TO_SEVEN_DAYS, pause("2026-06-03T10:00", "2026-06-06T09:00"));
        assertThat(clock.target()).contains(wib("2026-06-11T15:30"));
        assertThat(clock.due()).contains(wib("2026-06-12T15:30"));
    }

    @Test
    void a_pause_of_a_few_hours_gives_back_one_calendar_day() {
        assertThat(clock("2026-06-02T10:00", SIX_TO_SEVEN_DAYS, pause("2026-06-03T10:00", "2026-06-03T12:00")).due())
                .contains(wib("2026-06-10T15:30"));
    }

    @Test
    void a_pause_that_begins_after_the_deadline_does_not_extend_it() {
        SlaClock late = clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T11:00", "2026-06-02T12:00"));
        assertThat(late.due()).contains(wib("2026-06-02T10:30"));
        assertThat(late.state(at("2026-06-02T12:30"))).isEqualTo(SlaState.OVERDUE);
        assertThat(clock("2026-06-08T08:00", SEVEN_WORKING_DAYS, pause("2026-06-18T09:00", "2026-06-19T09:00")).due())
                .contains(wib("2026-06-17T15:30"));
    }

    @Test
    void while_paused_the_deadline_is_unknown_and_the_remaining_time_stands_still() {
        SlaClock paused = clock("2026-06-02T10:00", THIRTY_MINUTES).paused(at("2026-06-02T10:10"));
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.due()).isEmpty();
        assertThat(paused.remaining(at("2026-06-02T10:20"))).isEqualTo(Duration.ofMinutes(20));
        assertThat(paused.remaining(at("2026-06-03T14:00"))).isEqualTo(Duration.ofMinutes(20));
        assertThat(paused.dueAt(at("2026-06-03T14:00"))).isEqualTo(wib("2026-06-03T14:20"));
    }

    @Test
    void a_clock_paused_after_its_deadline_keeps_the_deadline_and_stays_overdue() {
        SlaClock paused = clock("2026-06-02T10:00", THIRTY_MINUTES).paused(at("2026-06-02T11:00"));
        assertThat(paused.due()).contains(wib("2026-06-02T10:30"));
        assertThat(paused.state(at("2026-06-03T09:00"))).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void a_resumed_clock_runs_on_with_the_time_it_had_left() {
        SlaClock resumed = clock("2026-06-02T10:00", THIRTY_MINUTES).paused(at("2026-06-02T10:10"))
                .resumed(at("2026-06-02T11:00"));
        assertThat(resumed.isPaused()).isFalse();
        assertThat(resumed.remaining(at("2026-06-02T11:00"))).isEqualTo(Duration.ofMinutes(20));
        assertThat(resumed.due()).contains(wib("2026-06-02T11:20"));
    }

    @Test
    void waiting_never_makes_a_paused_clock_overdue_or_closer_to_its_deadline() {
        for (TimeLimit limit : List.of(ONE_DAY, ONE_WORKING_DAY, THIRTY_MINUTES)) {
            SlaClock running = clock("2026-06-08T10:00", limit);
            Instant pausedAt = running.due().orElseThrow().toInstant().minus(Duration.ofMinutes(5));
            double shareAtPause = running.shareUsed(pausedAt);
            SlaClock paused = running.paused(pausedAt);
            for (Instant now = pausedAt; now.isBefore(pausedAt.plus(Duration.ofDays(8))); now = now.plus(Duration.ofMinutes(20))) {
                assertThat(paused.state(now)).as(limit.unit() + " at " + now).isNotEqualTo(SlaState.OVERDUE);
                assertThat(paused.shareUsed(now)).as(limit.unit() + " at " + now).isLessThanOrEqualTo(shareAtPause + 1e-9);
            }
        }
    }

    @Test
    void state_is_on_track_at_the_start() {
        assertThat(clock("2026-06-02T07:00", ONE_WORKING_DAY).state(at("2026-06-02T07:00"))).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void state_turns_due_soon_at_75_percent() {
        // One working day from before opening: Tuesday 08.00–15.30, 450 minutes; 75 % is 337.5 minutes.
        SlaClock clock = clock("2026-06-02T07:00", ONE_WORKING_DAY);
        assertThat(clock.state(at("2026-06-02T13:37:29"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(clock.state(at("2026-06-02T13:37:30"))).isEqualTo(SlaState.DUE_SOON);
        assertThat(clock.shareUsed(at("2026-06-02T13:37:30"))).isEqualTo(0.75);
    }

    @Test
    void the_due_soon_share_is_configurable() {
        DeadlineCalculator half = new DeadlineCalculator(TestCalendars.bekasi(), new BigDecimal("0.5"));
        SlaClock clock = half.clock(at("2026-06-02T07:00"), ONE_WORKING_DAY);
        assertThat(clock.state(at("2026-06-02T11:44"))).isEqualTo(SlaState.ON_TRACK);
        assertThat(clock.state(at("2026-06-02T11:45"))).isEqualTo(SlaState.DUE_SOON);
    }

    @Test
    void state_is_overdue_after_the_deadline_and_not_at_it() {
        SlaClock clock = clock("2026-06-02T07:00", ONE_WORKING_DAY);
        assertThat(clock.state(at("2026-06-02T15:30"))).isEqualTo(SlaState.DUE_SOON);
        assertThat(clock.state(at("2026-06-02T15:30:01"))).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void completed_by_the_deadline_is_met_and_after_it_missed_for_good() {
        SlaClock clock = clock("2026-06-02T07:00", ONE_WORKING_DAY);
        SlaClock met = clock.completed(at("2026-06-02T15:30"));
        SlaClock missed = clock.completed(at("2026-06-03T08:00"));
        assertThat(met.state(at("2027-01-01T00:00"))).isEqualTo(SlaState.MET);
        assertThat(missed.state(at("2026-06-03T08:00"))).isEqualTo(SlaState.MISSED);
        assertThat(met.state(at("2026-06-02T08:00"))).as("whatever now is").isEqualTo(SlaState.MET);
        assertThat(SlaState.MET.isFinal()).isTrue();
        assertThat(SlaState.OVERDUE.isFinal()).isFalse();
    }

    @Test
    void the_time_spent_paused_does_not_count_against_the_completion() {
        // Due 10.30 without the pause; with 15 minutes paused, 10.40 is in time.
        SlaClock clock = clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T10:10", "2026-06-02T10:25"))
                .completed(at("2026-06-02T10:40"));
        assertThat(clock.state(at("2026-06-02T11:00"))).isEqualTo(SlaState.MET);
        assertThat(clock.remaining(at("2026-06-02T11:00"))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void completing_a_paused_clock_ends_the_pause() {
        SlaClock done = clock("2026-06-02T10:00", THIRTY_MINUTES).paused(at("2026-06-02T10:10"))
                .completed(at("2026-06-02T12:00"));
        assertThat(done.pauses()).containsExactly(pause("2026-06-02T10:10", "2026-06-02T12:00"));
        assertThat(done.state(at("2026-06-03T12:00"))).isEqualTo(SlaState.MET);
        assertThat(done.completedAt()).contains(at("2026-06-02T12:00"));
    }

    @Test
    void remaining_office_time_is_negative_once_overdue() {
        SlaClock clock = clock("2026-06-02T10:00", THIRTY_MINUTES);
        assertThat(clock.remaining(at("2026-06-02T10:00"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock.remaining(at("2026-06-02T10:45"))).isEqualTo(Duration.ofMinutes(-15));
        // The night does not count: at 08.00 next morning it is still 5 h 00 of office time late.
        assertThat(clock.remaining(at("2026-06-03T08:00"))).isEqualTo(Duration.ofMinutes(-300));
    }

    @Test
    void remaining_for_a_calendar_limit_is_calendar_time() {
        SlaClock clock = clock("2026-06-02T10:00", SIX_TO_SEVEN_DAYS);
        assertThat(clock.remaining(at("2026-06-02T10:00"))).isEqualTo(Duration.ofDays(7).plusHours(5).plusMinutes(30));
        assertThat(clock.remaining(at("2026-06-09T15:30"))).isZero();
    }

    @Test
    void share_used_leaves_out_the_paused_time() {
        SlaClock clock = clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T10:10", "2026-06-02T10:25"));
        // At 10.30: 30 minutes elapsed, 15 of them paused: half of the 30 minutes used.
        assertThat(clock.shareUsed(at("2026-06-02T10:30"))).isEqualTo(0.5);
    }

    @Test
    void pauses_must_begin_after_the_start_in_order_without_overlapping() {
        assertThatThrownBy(() -> clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T09:00", "2026-06-02T10:05")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock("2026-06-02T10:00", THIRTY_MINUTES, pause("2026-06-02T10:10", "2026-06-02T10:30"),
                pause("2026-06-02T10:20", "2026-06-02T10:40"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock("2026-06-02T10:00", THIRTY_MINUTES,
                new SlaClock.Pause(at("2026-06-02T10:10"), null), pause("2026-06-02T10:20", "2026-06-02T10:40")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pause("2026-06-02T10:20", "2026-06-02T10:10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_clock_is_paused_once_resumed_only_when_paused_and_completed_once() {
        SlaClock running = clock("2026-06-02T10:00", THIRTY_MINUTES);
        SlaClock paused = running.paused(at("2026-06-02T10:10"));
        assertThatThrownBy(() -> paused.paused(at("2026-06-02T10:15"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> running.resumed(at("2026-06-02T10:15"))).isInstanceOf(IllegalStateException.class);
        SlaClock done = running.completed(at("2026-06-02T10:20"));
        assertThatThrownBy(() -> done.completed(at("2026-06-02T10:25"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.paused(at("2026-06-02T10:25"))).isInstanceOf(IllegalStateException.class);
    }
}
