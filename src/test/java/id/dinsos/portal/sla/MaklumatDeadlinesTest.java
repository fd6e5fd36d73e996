package id.dinsos.portal.sla;

import static id.dinsos.portal.sla.TestCalendars.at;
import static id.dinsos.portal.sla.TestCalendars.limit;
import static id.dinsos.portal.sla.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.catalogue.TimeLimitUnit;

/**
 * The cases the back-office issue names, one test each, on Bekasi's calendar (08.00–15.30 WIB,
 * Saturday and Sunday off, the 2026 holidays and cuti bersama). A start during office hours does not
 * count its own day as a working day (docs/adr/0010).
 */
class MaklumatDeadlinesTest {

    private final DeadlineCalculator calculator = TestCalendars.calculator();

    @Test
    void ten_office_minutes_from_15_25_end_at_08_05_the_next_working_day() {
        // Tuesday 2 June 2026: five minutes before closing, five after opening on Wednesday.
        assertThat(calculator.deadline(at("2026-06-02T15:25"), BigDecimal.TEN, TimeLimitUnit.MINUTES))
                .isEqualTo(wib("2026-06-03T08:05"));
    }

    @Test
    void ten_office_minutes_from_friday_15_25_end_at_monday_08_05() {
        assertThat(calculator.deadline(at("2026-06-05T15:25"), BigDecimal.TEN, TimeLimitUnit.MINUTES))
                .isEqualTo(wib("2026-06-08T08:05"));
        // Two office hours on Friday afternoon: half an hour on Friday, an hour and a half on Monday.
        assertThat(calculator.deadline(at("2026-06-05T15:00"), BigDecimal.TWO, TimeLimitUnit.HOURS))
                .isEqualTo(wib("2026-06-08T09:30"));
    }

    @Test
    void working_days_across_idulfitri_2026_skip_the_holidays_and_the_cuti_bersama() {
        // Tuesday 17 March 2026, 10.00: 18 cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama Idulfitri,
        // 21–22 Idulfitri (a weekend too), 23–24 cuti bersama. Day one is Wednesday 25 March.
        assertThat(calculator.deadline(at("2026-03-17T10:00"), BigDecimal.ONE, TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(wib("2026-03-25T15:30"));
        assertThat(calculator.deadline(at("2026-03-17T10:00"), new BigDecimal("3"), TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(wib("2026-03-27T15:30"));
        // Submitted on Friday 20 March (cuti bersama) in the evening: the same first working day.
        assertThat(calculator.deadline(at("2026-03-20T19:00"), BigDecimal.ONE, TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(wib("2026-03-25T15:30"));
    }

    @Test
    void a_range_has_its_target_at_the_low_end_and_its_deadline_at_the_high_end() {
        // 3–5 working days from Wednesday 10 June 2026: 11, 12, 15 (target), 16 is 1 Muharam, 17, 18 (deadline).
        var range = limit("3", "5", TimeLimitUnit.WORKING_DAYS);
        assertThat(calculator.target(at("2026-06-10T10:00"), range)).isEqualTo(wib("2026-06-15T15:30"));
        assertThat(calculator.deadline(at("2026-06-10T10:00"), range)).isEqualTo(wib("2026-06-18T15:30"));
        SlaClock clock = calculator.clock(at("2026-06-10T10:00"), range);
        assertThat(clock.target()).contains(wib("2026-06-15T15:30"));
        assertThat(clock.due()).contains(wib("2026-06-18T15:30"));
    }

    @Test
    void a_pause_stops_the_clock_and_the_resumed_clock_runs_on_with_the_time_it_had_left() {
        // Five working days from Monday 8 June 2026, 10.00: 9, 10, 11, 12, 15 June.
        var fiveDays = limit("5", TimeLimitUnit.WORKING_DAYS);
        SlaClock running = calculator.clock(at("2026-06-08T10:00"), fiveDays);
        assertThat(running.due()).contains(wib("2026-06-15T15:30"));

        // Returned for correction on Monday after closing, back on Wednesday before opening: the whole of
        // Tuesday was the applicant's, so one working day is given back (16 June is 1 Muharam).
        SlaClock paused = running.paused(at("2026-06-08T16:00"));
        assertThat(paused.isPaused()).isTrue();
        assertThat(paused.due()).as("no deadline while the applicant is awaited").isEmpty();
        assertThat(paused.state(at("2026-06-16T12:00"))).as("waiting never makes it overdue")
                .isEqualTo(SlaState.ON_TRACK);
        SlaClock resumed = paused.resumed(at("2026-06-10T07:00"));
        assertThat(resumed.due()).contains(wib("2026-06-17T15:30"));
        assertThat(resumed.pauses()).containsExactly(new SlaClock.Pause(at("2026-06-08T16:00"), at("2026-06-10T07:00")));
        assertThat(resumed.completed(at("2026-06-17T15:00")).state(at("2026-06-17T15:00"))).isEqualTo(SlaState.MET);
        assertThat(running.completed(at("2026-06-17T15:00")).state(at("2026-06-17T15:00")))
                .as("without the pause the same completion is late").isEqualTo(SlaState.MISSED);
    }

    @Test
    void a_calendar_month_ending_on_a_holiday_moves_to_the_next_working_day_s_closing() {
        // One month from Friday 17 July 2026 is Monday 17 August, Proklamasi: Tuesday 18 August, 15.30.
        assertThat(calculator.deadline(at("2026-07-17T09:00"), BigDecimal.ONE, TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2026-08-18T15:30"));
        assertThat(calculator.clock(at("2026-07-17T09:00"), limit("1", TimeLimitUnit.MONTHS), List.of(), null).due())
                .contains(wib("2026-08-18T15:30"));
    }
}
