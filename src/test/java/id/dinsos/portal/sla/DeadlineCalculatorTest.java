package id.dinsos.portal.sla;

import static id.dinsos.portal.sla.TestCalendars.at;
import static id.dinsos.portal.sla.TestCalendars.limit;
import static id.dinsos.portal.sla.TestCalendars.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.catalogue.TimeLimit;
import id.dinsos.portal.catalogue.TimeLimitUnit;

/** Deadlines for each unit of the catalogue on Bekasi's calendar. */
class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = TestCalendars.calculator();

    private static final Map<String, ServiceDefinition> CATALOGUE = TestCalendars.FILES
            .find("classpath:offices/bekasi/services/*.yml").stream()
            .map(r -> TestCalendars.FILES.parseYaml(TestCalendars.FILES.read(r), ServiceDefinition.class))
            .collect(Collectors.toMap(ServiceDefinition::code, Function.identity()));

    @Test
    void deadline_skips_cuti_bersama() {
        // Wednesday 13 May 2026: Thursday 14 is Kenaikan, Friday 15 cuti bersama, then the weekend.
        assertThat(calculator.deadline(at("2026-05-13T10:00"), BigDecimal.ONE, TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(wib("2026-05-18T15:30"));
        assertThat(calculator.deadline(at("2026-05-13T10:00"), BigDecimal.ONE, TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(wib("2026-05-18T15:30"));
    }

    @Test
    void month_deadline_on_a_sunday_moves_to_monday_15_30() {
        assertThat(calculator.deadline(at("2026-06-05T09:00"), BigDecimal.ONE, TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2026-07-06T15:30"));
    }

    @Test
    void calendar_day_deadline_on_a_working_day_is_15_30_that_day() {
        assertThat(calculator.deadline(at("2026-06-02T14:00"), BigDecimal.TWO, TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(wib("2026-06-04T15:30"));
    }

    @Test
    void calendar_days_count_from_the_date_whatever_the_hour() {
        assertThat(calculator.deadline(at("2026-06-02T00:05"), BigDecimal.TWO, TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(calculator.deadline(at("2026-06-02T23:55"), BigDecimal.TWO, TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(wib("2026-06-04T15:30"));
    }

    @Test
    void calendar_days_count_weekends_and_holidays_then_move_off_them() {
        // Friday 14 August + 3 days = Monday 17 August, Proklamasi: due on Tuesday.
        assertThat(calculator.deadline(at("2026-08-14T10:00"), new BigDecimal("3"), TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(wib("2026-08-18T15:30"));
    }

    @Test
    void one_and_a_half_years_is_eighteen_months() {
        Instant start = at("2026-12-23T10:00");
        assertThat(calculator.deadline(start, new BigDecimal("1.5"), TimeLimitUnit.YEARS))
                .isEqualTo(calculator.deadline(start, new BigDecimal("18"), TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2028-06-23T15:30"));
    }

    @Test
    void a_month_from_the_31st_ends_on_the_last_day_of_a_shorter_month() {
        assertThat(calculator.deadline(at("2026-03-31T10:00"), BigDecimal.ONE, TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2026-04-30T15:30"));
    }

    @Test
    void a_fraction_of_a_month_is_that_share_of_thirty_days() {
        // 2 June + 1 month = 2 July, + 15 days = Friday 17 July.
        assertThat(calculator.deadline(at("2026-06-02T10:00"), new BigDecimal("1.5"), TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2026-07-17T15:30"));
    }

    @Test
    void a_fraction_of_a_working_day_rounds_up_to_a_whole_day() {
        assertThat(calculator.deadline(at("2026-06-02T10:00"), new BigDecimal("1.5"), TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(calculator.deadline(at("2026-06-02T10:00"), BigDecimal.TWO, TimeLimitUnit.WORKING_DAYS))
                .isEqualTo(wib("2026-06-04T15:30"));
    }

    @Test
    void one_and_a_half_hours_is_ninety_office_minutes() {
        // Tuesday 15.00–15.30, then an hour on Wednesday.
        assertThat(calculator.deadline(at("2026-06-02T15:00"), new BigDecimal("1.5"), TimeLimitUnit.HOURS))
                .isEqualTo(wib("2026-06-03T09:00"));
    }

    @Test
    void range_has_target_low_end_and_deadline_high_end() {
        TimeLimit oneToTwoWorkingDays = limit("1", "2", TimeLimitUnit.WORKING_DAYS);
        assertThat(calculator.target(at("2026-06-02T10:00"), oneToTwoWorkingDays)).isEqualTo(wib("2026-06-03T15:30"));
        assertThat(calculator.deadline(at("2026-06-02T10:00"), oneToTwoWorkingDays)).isEqualTo(wib("2026-06-04T15:30"));
    }

    @Test
    void a_single_value_has_its_target_at_the_deadline() {
        TimeLimit tenMinutes = limit("10", TimeLimitUnit.MINUTES);
        assertThat(calculator.target(at("2026-06-02T10:00"), tenMinutes))
                .isEqualTo(calculator.deadline(at("2026-06-02T10:00"), tenMinutes))
                .isEqualTo(wib("2026-06-02T10:10"));
    }

    @Test
    void end_of_year_collective_leave_2026_moves_a_one_day_deadline_to_monday() {
        assertThat(calculator.deadline(at("2026-12-23T10:00"), BigDecimal.ONE, TimeLimitUnit.CALENDAR_DAYS))
                .isEqualTo(wib("2026-12-28T15:30"));
    }

    @Test
    void a_utc_server_clock_does_not_shift_the_calendar_date() {
        // 18.00 UTC on Friday 31 July is 01.00 WIB on Saturday 1 August: a month ends on 1 September,
        // not on 31 August as the UTC date would say.
        assertThat(calculator.deadline(Instant.parse("2026-07-31T18:00:00Z"), BigDecimal.ONE, TimeLimitUnit.MONTHS))
                .isEqualTo(wib("2026-09-01T15:30"));
    }

    @Test
    void the_due_soon_share_must_be_above_zero_and_at_most_one() {
        assertThatThrownBy(() -> new DeadlineCalculator(TestCalendars.bekasi(), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineCalculator(TestCalendars.bekasi(), new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(calculator.dueSoonShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void every_service_of_the_catalogue_is_covered_below() {
        assertThat(CATALOGUE.keySet()).containsExactlyInAnyOrder("sjpp", "dtks", "kis-apbn", "bansos-ppks", "rujukan",
                "adopsi-anak", "odgj", "rekomendasi-abk", "alat-bantu", "pemulangan-wts", "pemulangan-gepeng",
                "pemulangan-orang-terlantar", "rekomendasi-ugb-pub", "lks");
    }

    /** Every service's time limit from Wednesday 23 December 2026, 10.00 WIB, the eve of the year-end leave. */
    @ParameterizedTest(name = "{0}: target {1}, deadline {2}")
    @CsvSource({
            "sjpp,                       2026-12-23T10:10, 2026-12-23T10:10",
            "kis-apbn,                   2026-12-23T10:10, 2026-12-23T10:10",
            "pemulangan-orang-terlantar, 2026-12-23T10:30, 2026-12-23T10:30",
            // 24 Dec cuti bersama, 25 Natal, 26–27 weekend: the first working day is Monday 28.
            "odgj,                       2026-12-28T15:30, 2026-12-28T15:30",
            "pemulangan-gepeng,          2026-12-28T15:30, 2026-12-28T15:30",
            "pemulangan-wts,             2026-12-28T15:30, 2026-12-29T15:30",
            "rekomendasi-abk,            2026-12-28T15:30, 2026-12-29T15:30",
            // 28, 29, 30, 31 Dec, (1 Jan Tahun Baru, weekend), 4 Jan, (5 Jan Isra Mikraj), 6, 7 Jan.
            "rujukan,                    2027-01-07T15:30, 2027-01-07T15:30",
            // 24 and 25 Dec, 26 and 27 Dec are days off: all move to Monday 28.
            "bansos-ppks,                2026-12-28T15:30, 2026-12-28T15:30",
            "rekomendasi-ugb-pub,        2026-12-28T15:30, 2026-12-28T15:30",
            "lks,                        2026-12-29T15:30, 2026-12-30T15:30",
            // 23 Jan 2027 is a Saturday.
            "dtks,                       2027-01-25T15:30, 2027-01-25T15:30",
            "alat-bantu,                 2027-03-23T15:30, 2027-03-23T15:30",
            "adopsi-anak,                2027-12-23T15:30, 2028-06-23T15:30",
    })
    void every_catalogue_time_limit_from_the_eve_of_the_year_end_leave(String service, String target, String deadline) {
        TimeLimit limit = CATALOGUE.get(service).timeLimit();
        Instant start = at("2026-12-23T10:00");
        assertThat(calculator.target(start, limit)).as("target").isEqualTo(wib(target));
        assertThat(calculator.deadline(start, limit)).as("deadline").isEqualTo(wib(deadline));
        assertThat(calculator.clock(start, limit).due()).contains(wib(deadline));
    }
}
