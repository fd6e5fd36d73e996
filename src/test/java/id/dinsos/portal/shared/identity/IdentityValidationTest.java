package id.dinsos.portal.shared.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.dinsos.portal.shared.identity.IdentityValidation.Check;
import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * What a form gets: the value, or a key and arguments that render to a specific message in both
 * languages. Every reason has an example input here, so every rule is reachable and has a text.
 */
class IdentityValidationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** One input per reason, each breaking exactly that rule. */
    private static final Map<Reason, String> EXAMPLES = new EnumMap<>(Map.ofEntries(
            Map.entry(Reason.NIK_EMPTY, " "),
            Map.entry(Reason.NIK_DIGITS, "3216O51708450001"),
            Map.entry(Reason.NIK_LENGTH, "321605170845001"),
            Map.entry(Reason.NIK_PROVINCE, "0016051708450001"),
            Map.entry(Reason.NIK_REGENCY, "3200051708450001"),
            Map.entry(Reason.NIK_DISTRICT, "3216001708450001"),
            Map.entry(Reason.NIK_DAY, "3216053208450001"),
            Map.entry(Reason.NIK_MONTH, "3216051713450001"),
            Map.entry(Reason.NIK_DATE, "3216053102450001"),
            Map.entry(Reason.NIK_SERIAL, "3216051708450000"),
            Map.entry(Reason.KK_EMPTY, ""),
            Map.entry(Reason.KK_DIGITS, "3216O51203150003"),
            Map.entry(Reason.KK_LENGTH, "32160512031500031"),
            Map.entry(Reason.KK_PROVINCE, "0016051203150003"),
            Map.entry(Reason.KK_DATE, "3216051213150003"),
            Map.entry(Reason.NPWP_EMPTY, ""),
            Map.entry(Reason.NPWP_DIGITS, "01.234.567.4-123.OOO"),
            Map.entry(Reason.NPWP_LENGTH, "01.234.567.4-123"),
            Map.entry(Reason.NPWP_CHECKSUM, "01.234.567.5-123.000"),
            Map.entry(Reason.NPWP_ZERO, "00.000.000.0-000.000"),
            Map.entry(Reason.NPWP_NIK, "3216053208450001"),
            Map.entry(Reason.PHONE_EMPTY, ""),
            Map.entry(Reason.PHONE_FORMAT, "0813-9876-543O"),
            Map.entry(Reason.PHONE_COUNTRY, "+65 9876 5432"),
            Map.entry(Reason.PHONE_PREFIX, "0841-9876-5432"),
            Map.entry(Reason.PHONE_TOO_SHORT, "0813-987"),
            Map.entry(Reason.PHONE_TOO_LONG, "0813-9876-5432-10")));

    private static Properties indonesian;
    private static Properties english;

    @BeforeAll
    static void loadBundles() throws IOException {
        indonesian = bundle("messages.properties");
        english = bundle("messages_en.properties");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdentityValidationTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Function<String, Check<?>> checkerFor(Reason reason) {
        String type = reason.name().substring(0, reason.name().indexOf('_'));
        return switch (type) {
            case "NIK" -> input -> IdentityValidation.checkNik(input, TODAY);
            case "KK" -> IdentityValidation::checkKk;
            case "NPWP" -> IdentityValidation::checkNpwp;
            case "PHONE" -> IdentityValidation::checkPhone;
            default -> throw new AssertionError(type);
        };
    }

    private static String render(Properties bundle, Locale locale, Check<?> check) {
        return new MessageFormat(bundle.getProperty(check.messageKey()), locale).format(check.messageArgs());
    }

    @Test
    void every_reason_has_an_example() {
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrder(Reason.values());
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void each_example_fails_with_its_reason_and_a_message_in_both_languages(Reason reason) {
        String input = EXAMPLES.get(reason);

        Check<?> check = checkerFor(reason).apply(input);

        assertThat(check.isValid()).isFalse();
        assertThat(check.value()).isNull();
        assertThat(check.reason()).isEqualTo(reason);
        assertThat(check.messageKey()).isEqualTo(reason.messageKey()).startsWith("validation.");
        for (String text : new String[] {render(indonesian, Locale.of("id"), check), render(english, Locale.ENGLISH, check)}) {
            assertThat(text).as(reason + ": every placeholder filled").doesNotContain("{", "}");
            String digits = input.replaceAll("\\D", "");
            if (digits.length() >= 6) {
                assertThat(text.replaceAll("\\D", "")).as(reason + ": the number is not repeated").doesNotContain(digits);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void a_text_takes_an_argument_exactly_when_the_reason_passes_one(Reason reason) {
        Check<?> check = checkerFor(reason).apply(EXAMPLES.get(reason));
        boolean takesCount = indonesian.getProperty(reason.messageKey()).contains("{0}");

        assertThat(check.args()).hasSize(takesCount ? 1 : 0);
        assertThat(english.getProperty(reason.messageKey()).contains("{0}")).isEqualTo(takesCount);
    }

    @Test
    void a_short_nik_is_explained_with_the_number_of_digits_entered() {
        Check<Nik> check = IdentityValidation.checkNik("3216 0517 0845 001", TODAY);

        assertThat(check.messageKey()).isEqualTo("validation.nik.length");
        assertThat(check.messageArgs()).containsExactly(15);
        assertThat(render(indonesian, Locale.of("id"), check)).startsWith("NIK harus 16 angka. Anda memasukkan 15 angka.");
        assertThat(render(english, Locale.ENGLISH, check)).startsWith("A NIK has 16 digits. You entered 15.");
    }

    @Test
    void a_short_phone_number_is_explained_with_its_length_in_the_local_form() {
        Check<PhoneNumber> check = IdentityValidation.checkPhone("+62 812 345");

        assertThat(render(indonesian, Locale.of("id"), check))
                .startsWith("Nomor HP ini terlalu pendek: 7 angka bila ditulis dengan awalan 08.");
    }

    @Test
    void a_valid_input_gives_the_value_and_no_key() {
        Check<Nik> nik = IdentityValidation.checkNik("3216 0557 0845 0001", TODAY);
        Check<KkNumber> kk = IdentityValidation.checkKk("3216051203150003");
        Check<Npwp> npwp = IdentityValidation.checkNpwp("01.234.567.4-123.000");
        Check<PhoneNumber> phone = IdentityValidation.checkPhone("0812-3456-7890");

        assertThat(nik.isValid()).isTrue();
        assertThat(nik.value()).isEqualTo(new Nik("3216055708450001"));
        assertThat(nik.messageKey()).isNull();
        assertThat(nik.messageArgs()).isEmpty();
        assertThat(kk.value()).isEqualTo(new KkNumber("3216051203150003"));
        assertThat(npwp.value()).isEqualTo(new Npwp("012345674123000"));
        assertThat(phone.value()).isEqualTo(new PhoneNumber("+6281234567890"));
    }

    @Test
    void null_from_an_empty_field_is_reported_as_empty() {
        assertThat(IdentityValidation.checkNik(null, TODAY).reason()).isEqualTo(Reason.NIK_EMPTY);
        assertThat(IdentityValidation.checkKk(null).reason()).isEqualTo(Reason.KK_EMPTY);
        assertThat(IdentityValidation.checkNpwp(null).reason()).isEqualTo(Reason.NPWP_EMPTY);
        assertThat(IdentityValidation.checkPhone(null).reason()).isEqualTo(Reason.PHONE_EMPTY);
    }

    @Test
    void the_nik_check_uses_the_date_it_is_given() {
        assertThat(IdentityValidation.checkNik("3216052902000001", LocalDate.of(1999, 6, 1)).reason())
                .isEqualTo(Reason.NIK_DATE);
        assertThat(IdentityValidation.checkNik("3216052902000001", TODAY).isValid()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void the_exception_message_is_the_key_alone(Reason reason) {
        String input = EXAMPLES.get(reason);
        try {
            switch (reason.name().substring(0, reason.name().indexOf('_'))) {
                case "NIK" -> Nik.parse(input, TODAY);
                case "KK" -> KkNumber.parse(input);
                case "NPWP" -> Npwp.parse(input);
                default -> PhoneNumber.parse(input);
            }
        } catch (InvalidIdentityNumberException e) {
            assertThat(e.getMessage()).isEqualTo(reason.messageKey());
            assertThat(e.toString()).doesNotContainPattern("\\d{4}");
            return;
        }
        throw new AssertionError("accepted: " + reason);
    }
}
