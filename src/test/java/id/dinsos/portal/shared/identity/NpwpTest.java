package id.dinsos.portal.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * NPWP: the old 15 digits with a Luhn check digit (9th) over the first 8; since July 2024 16 digits,
 * either a NIK or the old number with a leading 0.
 * <p>
 * Valid numbers here are the examples of python-stdnum's {@code stdnum/id/npwp.py} and numbers built
 * by hand. 01.234.567.?: from the right, the payload 0 1 2 3 4 5 6 7 is doubled at 7, 5, 3, 1:
 * 14→5, 10→1, 6, 2; plus 6, 4, 2, 0 = 26; the check digit 4 makes 30.
 */
class NpwpTest {

    private static Reason reasonFor(String input) {
        try {
            Npwp.parse(input);
        } catch (InvalidIdentityNumberException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + input);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "01.312.166.0-091.000, 013121660091000",
            "016090524017000, 016090524017000",
            "01.300.066.6-091.000, 013000666091000",
            "01.234.567.4-123.000, 012345674123000",
            "09.876.543.1-407.001, 098765431407001",
            "02.000.000.6-000.000, 020000006000000",
            "01 234 567 4 123 000, 012345674123000"
    })
    void an_old_15_digit_npwp_with_a_right_check_digit_is_accepted(String input, String value) {
        Npwp npwp = Npwp.parse(input);

        assertThat(npwp.value()).isEqualTo(value);
        assertThat(npwp.isLegacy()).isTrue();
        assertThat(npwp.isNik()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"01.312.166.1-091.000", "01.234.567.5-123.000", "01.234.567.0-123.000",
            "09.876.543.9-407.001", "10.234.567.4-123.000"})
    void an_old_npwp_with_a_wrong_check_digit_is_refused(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NPWP_CHECKSUM);
    }

    @Test
    void every_single_mistyped_digit_among_the_first_nine_is_caught() {
        String valid = "012345674123000";
        List<String> missed = new ArrayList<>();
        for (int position = 0; position < 9; position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == valid.charAt(position)) {
                    continue;
                }
                String typo = valid.substring(0, position) + digit + valid.substring(position + 1);
                try {
                    Npwp.parse(typo);
                    missed.add(typo);
                } catch (InvalidIdentityNumberException e) {
                    assertThat(e.reason()).isEqualTo(Reason.NPWP_CHECKSUM);
                }
            }
        }
        assertThat(missed).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"012345674000000", "012345674999999", "012345674123456"})
    void the_tax_office_and_branch_digits_are_not_part_of_the_check(String value) {
        assertThat(Npwp.parse(value).value()).isEqualTo(value);
    }

    @Test
    void the_16_digit_form_is_the_old_number_with_a_leading_0() {
        Npwp npwp = Npwp.parse("0012345674123000");

        assertThat(npwp.isLegacy()).isFalse();
        assertThat(npwp.isNik()).isFalse();
        assertThat(npwp.value()).isEqualTo("0012345674123000");
        assertThat(npwp.sixteenDigits()).isEqualTo("0012345674123000");
        assertThat(npwp.formatted()).isEqualTo("0012345674123000");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0012345675123000", "0 01.312.166.1-091.000"})
    void the_16_digit_form_with_a_leading_0_keeps_the_old_check_digit(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NPWP_CHECKSUM);
    }

    @Test
    void an_old_npwp_gives_its_16_digit_form_and_its_dotted_format() {
        Npwp npwp = Npwp.parse("012345674123000");

        assertThat(npwp.sixteenDigits()).isEqualTo("0012345674123000");
        assertThat(npwp.formatted()).isEqualTo("01.234.567.4-123.000");
        assertThat(Npwp.parse(npwp.sixteenDigits()).sixteenDigits()).isEqualTo(npwp.sixteenDigits());
    }

    @Test
    void a_resident_s_nik_is_accepted_as_npwp() {
        Npwp npwp = Npwp.parse("3216 0517 0845 0001");

        assertThat(npwp.isNik()).isTrue();
        assertThat(npwp.isLegacy()).isFalse();
        assertThat(npwp.value()).isEqualTo("3216051708450001");
        assertThat(npwp.formatted()).isEqualTo("3216051708450001");
        assertThat(npwp.sixteenDigits()).isEqualTo("3216051708450001");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "3216053208450001, NIK_DAY",
            "3216053102900001, NIK_DATE",
            "3216051708450000, NIK_SERIAL",
            "3200051708450001, NIK_REGENCY"
    })
    void a_16_digit_npwp_not_starting_with_0_must_be_a_valid_nik(String input, Reason nikReason) {
        assertThatThrownBy(() -> Npwp.parse(input))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NPWP_NIK);
                    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                            cause -> assertThat(cause.reason()).isEqualTo(nikReason));
                });
    }

    @ParameterizedTest(name = "{0} digits")
    @ValueSource(ints = {1, 9, 14, 17, 20})
    void any_length_but_15_or_16_is_refused_with_the_number_of_digits_entered(int length) {
        String input = "01234567412300099999".substring(0, length);

        assertThatThrownBy(() -> Npwp.parse(input))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NPWP_LENGTH);
                    assertThat(e.args()).containsExactly(length);
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"00.000.000.0-000.000", "000000000000000", "0000000000000000"})
    void the_all_zero_placeholder_is_refused(String input) {
        // Zeros pass the Luhn check, yet are what tax forms carry for someone without an NPWP.
        assertThat(reasonFor(input)).isEqualTo(Reason.NPWP_ZERO);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"01.234.567.4-123.OOO", "NPWP 012345674123000", "01/234/567/4/123/000"})
    void anything_but_digits_dots_dashes_and_spaces_is_refused(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NPWP_DIGITS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "..-"})
    void nothing_entered_is_reported_as_empty(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.NPWP_EMPTY);
    }

    @Test
    void to_string_is_masked() {
        assertThat(Npwp.parse("3216051708450001").toString()).isEqualTo("3216••••••••0001");
        assertThat(Npwp.parse("012345674123000").toString()).isEqualTo("0123•••••••3000");
    }

    @Test
    void the_exception_message_names_the_rule_and_not_the_number() {
        assertThatThrownBy(() -> Npwp.parse("01.234.567.5-123.000"))
                .hasMessage("validation.npwp.checksum");
    }
}
