package id.dinsos.portal.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/** NIK: PP KK CC DDMMYY SSSS, 40 added to the day for women, a real calendar date, serial from 0001. */
class NikTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** A NIK from Kabupaten Bekasi (32.16), kecamatan 05, with the given DDMMYY and serial. */
    private static String nik(String ddmmyy, String serial) {
        return "321605" + ddmmyy + serial;
    }

    private static Reason reasonFor(String input, LocalDate today) {
        try {
            Nik.parse(input, today);
        } catch (InvalidIdentityNumberException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + input);
    }

    private static Reason reasonFor(String input) {
        return reasonFor(input, TODAY);
    }

    @ParameterizedTest(name = "day {0}")
    @ValueSource(strings = {"01", "09", "15", "28", "31"})
    void a_man_s_nik_has_the_day_of_birth_01_to_31(String day) {
        Nik nik = Nik.parse(nik(day + "0190", "0001"), TODAY);

        assertThat(nik.isFemale()).isFalse();
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, Integer.parseInt(day)));
    }

    @ParameterizedTest(name = "day {0}")
    @ValueSource(strings = {"41", "49", "55", "68", "71"})
    void a_woman_s_nik_has_the_day_of_birth_plus_40(String day) {
        Nik nik = Nik.parse(nik(day + "0190", "0001"), TODAY);

        assertThat(nik.isFemale()).isTrue();
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 1, Integer.parseInt(day) - 40));
    }

    @ParameterizedTest(name = "day {0}")
    @ValueSource(strings = {"00", "32", "39", "40", "72", "99"})
    void a_day_outside_01_to_31_and_41_to_71_is_refused(String day) {
        assertThat(reasonFor(nik(day + "0190", "0001"))).isEqualTo(Reason.NIK_DAY);
    }

    @ParameterizedTest(name = "month {0}")
    @ValueSource(strings = {"00", "13", "20", "99"})
    void a_month_outside_01_to_12_is_refused(String month) {
        assertThat(reasonFor(nik("17" + month + "90", "0001"))).isEqualTo(Reason.NIK_MONTH);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "310290, 31 February",
            "300290, 30 February",
            "310490, 31 April",
            "310690, 31 June",
            "310990, 31 September",
            "311190, 31 November",
            "710290, 31 February for a woman",
            "710490, 31 April for a woman"
    })
    void a_date_that_is_not_in_the_calendar_is_refused(String ddmmyy, String what) {
        assertThat(reasonFor(nik(ddmmyy, "0001"))).as(what).isEqualTo(Reason.NIK_DATE);
    }

    @Test
    void a_woman_s_day_is_checked_against_the_calendar_after_taking_40_off() {
        // 70 is a valid day number only because 70 - 40 = 30, and April has 30 days.
        assertThat(Nik.parse(nik("700490", "0001"), TODAY).birthDate(TODAY)).isEqualTo(LocalDate.of(1990, 4, 30));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "290204, 2004-02-29",
            "690204, 2004-02-29",
            "290296, 1996-02-29",
            "290228, 1928-02-29",
            "290200, 2000-02-29"
    })
    void the_29th_of_february_is_accepted_in_a_leap_year(String ddmmyy, LocalDate born) {
        assertThat(Nik.parse(nik(ddmmyy, "0001"), TODAY).birthDate(TODAY)).isEqualTo(born);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"290205", "690205", "290299", "290201", "290226"})
    void the_29th_of_february_is_refused_outside_a_leap_year(String ddmmyy) {
        assertThat(reasonFor(nik(ddmmyy, "0001"))).isEqualTo(Reason.NIK_DATE);
    }

    @Test
    void the_year_00_is_1900_and_so_not_a_leap_year_when_today_is_before_2000() {
        // 1900 is not a leap year (divisible by 100, not by 400); 2000 is.
        assertThat(reasonFor(nik("290200", "0001"), LocalDate.of(1999, 12, 31))).isEqualTo(Reason.NIK_DATE);
        assertThat(Nik.parse(nik("290200", "0001"), LocalDate.of(2000, 2, 29)).birthDate(LocalDate.of(2000, 2, 29)))
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "{0} on 2026-11-25 is {1}")
    @CsvSource({
            "170845, 1945-08-17",
            "010125, 2025-01-01",
            "251126, 2026-11-25",
            "261126, 1926-11-26",
            "311226, 1926-12-31",
            "010100, 2000-01-01",
            "311299, 1999-12-31"
    })
    void the_century_is_the_one_that_does_not_put_the_birth_date_after_today(String ddmmyy, LocalDate born) {
        assertThat(Nik.parse(nik(ddmmyy, "0001"), TODAY).birthDate(TODAY)).isEqualTo(born);
    }

    @Test
    void the_same_nik_read_later_can_move_to_the_next_century() {
        Nik nik = Nik.parse(nik("010130", "0001"), TODAY);

        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1930, 1, 1));
        assertThat(nik.birthDate(LocalDate.of(2030, 1, 1))).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void the_serial_0000_is_refused() {
        assertThat(reasonFor(nik("170845", "0000"))).isEqualTo(Reason.NIK_SERIAL);
    }

    @ParameterizedTest(name = "serial {0}")
    @ValueSource(strings = {"0001", "0010", "1000", "9999"})
    void serials_from_0001_to_9999_are_accepted(String serial) {
        assertThat(Nik.parse(nik("170845", serial), TODAY).serial()).isEqualTo(serial);
    }

    @Test
    void province_code_00_is_refused() {
        assertThat(reasonFor("0016051708450001")).isEqualTo(Reason.NIK_PROVINCE);
    }

    @Test
    void regency_code_00_is_refused() {
        assertThat(reasonFor("3200051708450001")).isEqualTo(Reason.NIK_REGENCY);
    }

    @Test
    void district_code_00_is_refused() {
        assertThat(reasonFor("3216001708450001")).isEqualTo(Reason.NIK_DISTRICT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9999991708450001", "1101011708450001", "5401011708450001"})
    void an_area_code_that_is_not_or_no_longer_in_any_list_is_accepted(String value) {
        // REFERENCE.md: a NIK keeps the code of the region where it was first issued, even after the
        // region is split or renamed, so the codes are not looked up.
        assertThat(Nik.parse(value, TODAY).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} digits")
    @CsvSource({"1", "15", "17", "20"})
    void a_wrong_length_is_refused_with_the_number_of_digits_entered(int length) {
        String input = "3216051708450001999999".substring(0, length);

        assertThatThrownBy(() -> Nik.parse(input, TODAY))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NIK_LENGTH);
                    assertThat(e.args()).containsExactly(length);
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3216O51708450001", "32160517084500O1", "NIK3216051708450001", "3216051708450001x",
            "3216/05/170845/0001", "\u0663\u0662\u0661\u0666051708450001", "３２16051708450001"})
    void anything_but_the_digits_0_to_9_is_refused(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NIK_DIGITS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3216 0517 0845 0001", "32.16.05.170845.0001", " 3216-05-170845-0001 ",
            "3216\u00a00517\u00a00845\u00a00001", "3216051708450001\n", "\t32 16 05 17 08 45 0001"})
    void spaces_dots_and_dashes_are_removed(String input) {
        assertThat(Nik.parse(input, TODAY)).isEqualTo(new Nik("3216051708450001"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " . - "})
    void nothing_entered_is_reported_as_empty(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NIK_EMPTY);
    }

    @Test
    void the_parts_are_read_with_kemendagri_s_dotted_codes() {
        Nik nik = Nik.parse("3216055708450123", TODAY);

        assertThat(nik.value()).isEqualTo("3216055708450123");
        assertThat(nik.provinceCode()).isEqualTo("32");
        assertThat(nik.regencyCode()).isEqualTo("32.16");
        assertThat(nik.districtCode()).isEqualTo("32.16.05");
        assertThat(nik.isFemale()).isTrue();
        assertThat(nik.birthDate(TODAY)).isEqualTo(LocalDate.of(1945, 8, 17));
        assertThat(nik.serial()).isEqualTo("0123");
        assertThat(nik.lastFour()).isEqualTo("0123");
    }

    @Test
    void the_masked_form_keeps_the_first_four_and_last_four_digits() {
        assertThat(Nik.parse("3216051708450001", TODAY).masked()).isEqualTo("3216••••••••0001");
    }

    @Test
    void to_string_is_masked_so_a_log_line_does_not_carry_the_number() {
        Nik nik = Nik.parse("3216051708450001", TODAY);

        assertThat(nik.toString()).isEqualTo("3216••••••••0001").doesNotContain("170845");
        assertThat("applicant " + nik).doesNotContain("3216051708450001");
    }

    @Test
    void the_exception_message_names_the_rule_and_not_the_number() {
        assertThatThrownBy(() -> Nik.parse("3216053208450001", TODAY))
                .hasMessage("validation.nik.day")
                .message().doesNotContainPattern("\\d");
    }

    @Test
    void the_constructor_takes_the_stored_digits_and_checks_them_too() {
        assertThat(new Nik("3216051708450001").value()).isEqualTo("3216051708450001");
        assertThatThrownBy(() -> new Nik("3216 0517 0845 0001"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NIK_DIGITS));
        assertThatThrownBy(() -> new Nik("3216053102900001"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NIK_DATE));
        assertThatThrownBy(() -> new Nik(""))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NIK_EMPTY));
    }

    @Test
    void the_rules_are_checked_in_the_order_of_the_digits() {
        // A person fixes the first problem first; every rule below is also broken later in the number.
        assertThat(reasonFor("0000003299000000")).isEqualTo(Reason.NIK_PROVINCE);
        assertThat(reasonFor("3200003299000000")).isEqualTo(Reason.NIK_REGENCY);
        assertThat(reasonFor("3216003299000000")).isEqualTo(Reason.NIK_DISTRICT);
        assertThat(reasonFor("3216053299000000")).isEqualTo(Reason.NIK_DAY);
        assertThat(reasonFor("3216053113000000")).isEqualTo(Reason.NIK_MONTH);
        assertThat(reasonFor("3216053102000000")).isEqualTo(Reason.NIK_DATE);
    }
}
