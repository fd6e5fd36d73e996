package id.dinsos.portal.sla;

import static id.dinsos.portal.sla.TestCalendars.WIB;
import static id.dinsos.portal.sla.TestCalendars.at;
import static id.dinsos.portal.sla.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.office.OfficeProfile;

/** Bekasi's working time: 08.00–15.30 WIB, Monday to Friday, without libur nasional and cuti bersama. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = TestCalendars.bekasi();

    @Test
    void weekdays_are_working_days_and_weekends_are_not() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-02"))).as("Tuesday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-06"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-06-07"))).as("Sunday").isFalse();
    }

    @Test
    void libur_nasional_is_not_a_working_day() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-17"))).as("Proklamasi, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-08-18"))).isTrue();
    }

    @Test
    void cuti_bersama_is_not_a_working_day() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-24"))).as("cuti bersama Natal, a Thursday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-05-15"))).as("cuti bersama Kenaikan, a Friday").isFalse();
    }

    @Test
    void office_time_is_from_08_00_up_to_but_not_including_15_30() {
        assertThat(calendar.isWorkingTime(wib("2026-06-02T07:59:59"))).isFalse();
        assertThat(calendar.isWorkingTime(wib("2026-06-02T08:00"))).isTrue();
        assertThat(calendar.isWorkingTime(wib("2026-06-02T15:29:59"))).isTrue();
        assertThat(calendar.isWorkingTime(wib("2026-06-02T15:30"))).isFalse();
    }

    @Test
    void a_holiday_has_no_office_time_at_ten_in_the_morning() {
        assertThat(calendar.isWorkingTime(wib("2026-08-17T10:00"))).isFalse();
        assertThat(calendar.isWorkingTime(wib("2026-06-06T10:00"))).as("Saturday").isFalse();
    }

    @Test
    void next_working_start_during_office_hours_is_that_moment() {
        assertThat(calendar.nextWorkingStart(wib("2026-06-02T10:17"))).isEqualTo(wib("2026-06-02T10:17"));
    }

    @Test
    void next_working_start_before_opening_is_08_00_that_day() {
        assertThat(calendar.nextWorkingStart(wib("2026-06-02T06:30"))).isEqualTo(wib("2026-06-02T08:00"));
    }

    @Test
    void next_working_start_after_closing_on_friday_skips_the_weekend_and_proklamasi() {
        assertThat(calendar.nextWorkingStart(wib("2026-08-14T16:00"))).isEqualTo(wib("2026-08-18T08:00"));
    }

    @Test
    void next_working_start_on_saturday_is_monday_08_00() {
        assertThat(calendar.nextWorkingStart(wib("2026-06-06T10:00"))).isEqualTo(wib("2026-06-08T08:00"));
    }

    @Test
    void lebaran_2026_closes_the_office_from_wednesday_to_the_next_tuesday() {
        // 18 Mar cuti bersama Nyepi, 19 Nyepi, 20 cuti Idulfitri, 21-22 Idulfitri (weekend), 23-24 cuti.
        assertThat(calendar.nextWorkingStart(wib("2026-03-17T15:30"))).isEqualTo(wib("2026-03-25T08:00"));
    }

    @Test
    void ten_minutes_from_15_25_is_08_05_next_working_day() {
        assertThat(calendar.addOfficeMinutes(wib("2026-06-02T15:25"), 10)).isEqualTo(wib("2026-06-03T08:05"));
    }

    @Test
    void ten_minutes_from_15_20_end_at_closing_the_same_day() {
        assertThat(calendar.addOfficeMinutes(wib("2026-06-02T15:20"), 10)).isEqualTo(wib("2026-06-02T15:30"));
    }

    @Test
    void minutes_submitted_on_saturday_start_counting_monday_08_00() {
        assertThat(calendar.addOfficeMinutes(wib("2026-06-06T10:00"), 10)).isEqualTo(wib("2026-06-08T08:10"));
    }

    @Test
    void minutes_submitted_before_opening_start_counting_at_08_00() {
        assertThat(calendar.addOfficeMinutes(wib("2026-06-02T06:45"), 30)).isEqualTo(wib("2026-06-02T08:30"));
    }

    @Test
    void ten_minutes_from_15_25_on_the_friday_before_proklamasi_end_on_tuesday() {
        assertThat(calendar.addOfficeMinutes(wib("2026-08-14T15:25"), 10)).isEqualTo(wib("2026-08-18T08:05"));
    }

    @Test
    void office_hours_continue_over_several_working_days() {
        // Tuesday 10.00–15.30 is 5 h 30; 2 h 30 remain for Wednesday; 16 h reach into Thursday.
        assertThat(calendar.addOfficeTime(wib("2026-06-02T10:00"), Duration.ofHours(8))).isEqualTo(wib("2026-06-03T10:30"));
        assertThat(calendar.addOfficeTime(wib("2026-06-02T10:00"), Duration.ofHours(16))).isEqualTo(wib("2026-06-04T11:00"));
    }

    @Test
    void zero_office_time_is_the_start_itself() {
        assertThat(calendar.addOfficeMinutes(wib("2026-06-06T10:00"), 0)).isEqualTo(wib("2026-06-06T10:00"));
    }

    @Test
    void office_time_between_two_moments_counts_only_office_hours() {
        // Friday 15.00–15.30, Monday 17 August is Proklamasi, Tuesday 08.00–09.00.
        assertThat(calendar.officeTimeBetween(at("2026-08-14T15:00"), at("2026-08-18T09:00"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(calendar.officeTimeBetween(at("2026-08-18T09:00"), at("2026-08-14T15:00"))).isZero();
    }

    @Test
    void working_days_skip_weekend_and_holiday() {
        // Started on Friday in office hours: Saturday, Sunday and Monday 17 August do not count.
        assertThat(calendar.addWorkingDays(wib("2026-08-14T10:00"), 1)).isEqualTo(wib("2026-08-18T15:30"));
        assertThat(calendar.addWorkingDays(wib("2026-08-14T10:00"), 2)).isEqualTo(wib("2026-08-19T15:30"));
    }

    @Test
    void a_start_during_office_hours_does_not_count_that_day() {
        assertThat(calendar.addWorkingDays(wib("2026-06-02T08:01"), 1)).isEqualTo(wib("2026-06-03T15:30"));
    }

    @Test
    void a_start_before_or_at_opening_counts_that_day() {
        assertThat(calendar.addWorkingDays(wib("2026-06-02T06:00"), 1)).isEqualTo(wib("2026-06-02T15:30"));
        assertThat(calendar.addWorkingDays(wib("2026-06-02T08:00"), 1)).isEqualTo(wib("2026-06-02T15:30"));
    }

    @Test
    void a_start_after_closing_counts_from_the_next_working_day() {
        assertThat(calendar.addWorkingDays(wib("2026-06-02T20:00"), 1)).isEqualTo(wib("2026-06-03T15:30"));
    }

    @Test
    void a_start_on_a_sunday_counts_monday_as_day_one() {
        assertThat(calendar.addWorkingDays(wib("2026-07-05T11:00"), 1)).isEqualTo(wib("2026-07-06T15:30"));
    }

    @Test
    void end_of_year_collective_leave_2026_pushes_one_working_day_to_monday() {
        // Wednesday 23 Dec: 24 cuti bersama, 25 Natal, 26–27 weekend.
        assertThat(calendar.addWorkingDays(wib("2026-12-23T10:00"), 1)).isEqualTo(wib("2026-12-28T15:30"));
    }

    @Test
    void working_days_after_a_date_count_up_to_and_including_the_last() {
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-08-14"), LocalDate.parse("2026-08-18"))).isOne();
        assertThat(calendar.workingDaysAfter(LocalDate.parse("2026-06-02"), LocalDate.parse("2026-06-02"))).isZero();
    }

    @Test
    void a_utc_server_clock_does_not_shift_days() {
        // 01.30 UTC is 08.30 WIB: the office is open, so Wednesday does not count (in UTC it would).
        Instant earlyUtc = Instant.parse("2026-06-03T01:30:00Z");
        assertThat(calendar.addWorkingDays(earlyUtc.atZone(ZoneOffset.UTC), 1)).isEqualTo(wib("2026-06-04T15:30"));
        // 09.00 WIB is 02.00 UTC: open, although 02.00 would be before opening.
        assertThat(calendar.isWorkingTime(Instant.parse("2026-06-02T02:00:00Z"))).isTrue();
        // 00.30 WIB on Monday 17 August is still Sunday 16 August in UTC: the office's day is the holiday.
        assertThat(calendar.nextWorkingStart(Instant.parse("2026-08-16T17:30:00Z"))).isEqualTo(wib("2026-08-18T08:00"));
    }

    @Test
    void results_are_in_the_office_zone_whatever_zone_the_start_was_given_in() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 6, 2, 8, 25, 0, 0, ZoneOffset.UTC); // 15.25 WIB
        ZonedDateTime due = calendar.addOfficeMinutes(utc, 10);
        assertThat(due).isEqualTo(wib("2026-06-03T08:05"));
        assertThat(due.getZone()).isEqualTo(WIB);
        assertThat(due.toInstant()).isEqualTo(Instant.parse("2026-06-03T01:05:00Z"));
    }

    @Test
    void another_office_keeps_its_own_hours_days_and_zone() {
        ZoneId wita = ZoneId.of("Asia/Makassar");
        var hours = new OfficeProfile.Hours(LocalTime.of(7, 30), LocalTime.of(16, 0),
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY), wita);
        WorkingCalendar makassar = new WorkingCalendar(hours, Set.of());
        ZonedDateTime saturday = LocalDate.parse("2026-06-06").atTime(15, 55).atZone(wita);
        assertThat(makassar.isWorkingDay(LocalDate.parse("2026-06-06"))).isTrue();
        assertThat(makassar.addOfficeMinutes(saturday, 10)).isEqualTo(LocalDate.parse("2026-06-08").atTime(7, 35).atZone(wita));
        assertThat(makassar.officeDay()).isEqualTo(Duration.ofMinutes(510));
    }

    @Test
    void negative_office_time_and_zero_working_days_are_refused() {
        assertThatThrownBy(() -> calendar.addOfficeMinutes(wib("2026-06-02T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.addWorkingDays(wib("2026-06-02T10:00"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
