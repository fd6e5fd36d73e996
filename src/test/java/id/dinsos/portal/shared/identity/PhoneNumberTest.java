package id.dinsos.portal.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/** Mobile numbers: +62 8[1-35-9] and 7–10 more digits (08… locally, 10–13 digits), kept in E.164. */
class PhoneNumberTest {

    private static Reason reasonFor(String input) {
        try {
            PhoneNumber.parse(input);
        } catch (InvalidIdentityNumberException e) {
            return e.reason();
        }
        throw new AssertionError("accepted: " + input);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.7890", "(0812) 3456 7890",
            "6281234567890", "62 812 3456 7890", "+6281234567890", "+62 812 3456 7890", "+62-812-3456-7890",
            "+62 (0)812 3456 7890", "+62 0812 3456 7890", " +62\u00a0812\u00a03456\u00a07890 "})
    void the_usual_ways_of_writing_a_number_give_the_same_e164(String input) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo("+6281234567890");
    }

    @ParameterizedTest(name = "0{0}…")
    @ValueSource(strings = {"81", "82", "83", "85", "86", "87", "88", "89"})
    void every_mobile_prefix_of_the_pattern_8_1_to_3_or_5_to_9_is_accepted(String prefix) {
        PhoneNumber phone = PhoneNumber.parse("0" + prefix + "12345678");

        assertThat(phone.e164()).isEqualTo("+62" + prefix + "12345678");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0811-1234-5678", "0821-1234-5678", "0856-1234-5678", "0877-1234-5678", "0896-1234-5678"})
    void common_operator_prefixes_are_accepted(String input) {
        assertThat(PhoneNumber.parse(input).local()).isEqualTo(input.replace("-", ""));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0841-1234-5678", "0840 1234 5678", "0801-1234-5678", "+62 841 1234 5678", "62 80 1234 5678"})
    void prefixes_084_and_080_are_not_mobile_prefixes(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.PHONE_PREFIX);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"021 1234 5678", "(021) 8901234", "+62 21 1234 5678", "0264 123456"})
    void a_landline_is_refused_by_its_prefix(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.PHONE_PREFIX);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "0812345678, +62812345678",
            "0812345678901, +62812345678901",
            "+62 812 345 678, +62812345678",
            "+62 812 3456 78901, +62812345678901"
    })
    void ten_to_thirteen_digits_in_the_local_form_are_accepted(String input, String e164) {
        assertThat(PhoneNumber.parse(input).e164()).isEqualTo(e164);
    }

    @ParameterizedTest(name = "\"{0}\" has {1} digits locally")
    @CsvSource({
            "081234567, 9",
            "0812, 4",
            "08, 2",
            "+62 8123 4567, 9",
            "62812345, 7",
            "0, 1",
            "+62, 1"
    })
    void fewer_than_ten_digits_is_too_short(String input, int localDigits) {
        assertThatThrownBy(() -> PhoneNumber.parse(input))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PHONE_TOO_SHORT);
                    assertThat(e.args()).containsExactly(localDigits);
                });
    }

    @ParameterizedTest(name = "\"{0}\" has {1} digits locally")
    @CsvSource({
            "08123456789012, 14",
            "+62 812 3456 7890 12, 14",
            "0812345678901234567, 19"
    })
    void more_than_thirteen_digits_is_too_long(String input, int localDigits) {
        assertThatThrownBy(() -> PhoneNumber.parse(input))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PHONE_TOO_LONG);
                    assertThat(e.args()).containsExactly(localDigits);
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+65 8123 4567", "+1 202 555 0100", "+60 12 345 6789"})
    void a_number_of_another_country_is_refused(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.PHONE_COUNTRY);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0812-3456-789O", "0812 3456 7890 ext 1", "0812+34567890", "++6281234567890",
            "812 3456 7890", "81234567890", "tel:081234567890"})
    void letters_misplaced_plus_signs_and_a_missing_prefix_are_format_errors(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.PHONE_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "( ) - ."})
    void nothing_entered_is_reported_as_empty(String input) {
        assertThat(reasonFor(input)).isEqualTo(Reason.PHONE_EMPTY);
    }

    @Test
    void the_local_and_masked_forms() {
        PhoneNumber phone = PhoneNumber.parse("+62 812 3456 7890");

        assertThat(phone.e164()).isEqualTo("+6281234567890");
        assertThat(phone.local()).isEqualTo("081234567890");
        assertThat(phone.masked()).isEqualTo("0812•••••890");
        assertThat(phone.toString()).isEqualTo("0812•••••890");
        assertThat(PhoneNumber.parse("0812345678").masked()).isEqualTo("0812•••678");
    }

    @Test
    void the_constructor_takes_only_e164() {
        assertThat(new PhoneNumber("+6281234567890").local()).isEqualTo("081234567890");
        assertThat(new PhoneNumber("+6281234567890")).isEqualTo(PhoneNumber.parse("0812-3456-7890"));
        assertThatThrownBy(() -> new PhoneNumber("081234567890"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PHONE_FORMAT));
        assertThatThrownBy(() -> new PhoneNumber("+62081234567890"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PHONE_FORMAT));
        assertThatThrownBy(() -> new PhoneNumber("+6581234567"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PHONE_COUNTRY));
        assertThatThrownBy(() -> new PhoneNumber("+6284112345678"))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.PHONE_PREFIX));
    }

    @Test
    void the_exception_message_names_the_rule_and_not_the_number() {
        assertThatThrownBy(() -> PhoneNumber.parse("0841-1234-5678"))
                .hasMessage("validation.phone.prefix");
    }
}
