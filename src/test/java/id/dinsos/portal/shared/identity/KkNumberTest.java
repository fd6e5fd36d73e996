package id.dinsos.portal.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/** KK number: 16 digits, area code, recording date, family serial; checked leniently. */
class KkNumberTest {

    private static Reason reasonFor(String input) {
        try {
            KkNumber.parse(input);
        } catch (InvalidIdentityNumberException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + input);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3216051203150003", "3216 0512 0315 0003", "32.16.05.120315.0003", "3216-05-120315-0003"})
    void a_kk_number_is_accepted_plain_or_with_spaces_dots_and_dashes(String input) {
        assertThat(KkNumber.parse(input)).isEqualTo(new KkNumber("3216051203150003"));
    }

    @Test
    void the_parts_are_read_with_kemendagri_s_dotted_codes() {
        KkNumber kk = KkNumber.parse("3216051203150003");

        assertThat(kk.value()).isEqualTo("3216051203150003");
        assertThat(kk.provinceCode()).isEqualTo("32");
        assertThat(kk.regencyCode()).isEqualTo("32.16");
        assertThat(kk.districtCode()).isEqualTo("32.16.05");
        assertThat(kk.lastFour()).isEqualTo("0003");
    }

    @Test
    void the_masked_form_and_to_string_keep_only_the_first_four_and_last_four_digits() {
        KkNumber kk = KkNumber.parse("3216051203150003");

        assertThat(kk.masked()).isEqualTo("3216••••••••0003");
        assertThat(kk.toString()).isEqualTo("3216••••••••0003");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "3216053102150003, 31 February: not checked against the calendar",
            "3216000101150003, regency and district 00",
            "3216050101150000, family serial 0000",
            "9999990101990003, a province code in no list"
    })
    void only_what_reference_asks_for_is_checked(String value, String what) {
        assertThat(KkNumber.parse(value).value()).as(what).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {1, 15, 17})
    void a_wrong_length_is_refused_with_the_number_of_digits_entered(int length) {
        String input = "32160512031500039".substring(0, length);

        assertThatThrownBy(() -> KkNumber.parse(input))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.KK_LENGTH);
                    assertThat(e.args()).containsExactly(length);
                    assertThat(e).hasMessage("validation.kk.length");
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"3216O51203150003", "KK 3216051203150003", "3216/05/120315/0003"})
    void anything_but_digits_is_refused(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.KK_DIGITS);
    }

    @Test
    void province_code_00_is_refused() {
        assertThat(reasonFor("0016051203150003")).isEqualTo(Reason.KK_PROVINCE);
    }

    @ParameterizedTest(name = "DDMMYY {0}")
    @ValueSource(strings = {"000315", "320315", "450315", "120015", "121315"})
    void a_recording_date_with_day_outside_01_31_or_month_outside_01_12_is_refused(String ddmmyy) {
        // 45 too: the +40 for women belongs to the NIK, not to the family card's recording date.
        assertThat(reasonFor("321605" + ddmmyy + "0003")).isEqualTo(Reason.KK_DATE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "-"})
    void nothing_entered_is_reported_as_empty(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.KK_EMPTY);
    }
}
