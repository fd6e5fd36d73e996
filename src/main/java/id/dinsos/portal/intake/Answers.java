package id.dinsos.portal.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.FormField.FieldType;
import id.dinsos.portal.notification.MailAddresses;
import id.dinsos.portal.shared.identity.IdentityValidation;

/**
 * The answers to a service's form fields: checked against the catalogue's {@link FormField}s and
 * kept in one normal form, whoever sent them (the portal's form, the counter, a partner's JSON).
 * Every value is a string, or a list of strings for a {@code MULTISELECT}: numbers and money as plain
 * digits, dates as ISO {@code yyyy-MM-dd}, yes/no as {@code true}/{@code false}, phone numbers in
 * E.164, NIK as 16 digits.
 * <p>
 * A draft keeps what was given even while required answers are missing, but never a malformed one:
 * the person hears about it when saving, not at submission.
 */
final class Answers {

    static final int TEXT_MAX = 500;
    static final int TEXTAREA_MAX = 4000;

    private Answers() {
    }

    /**
     * The answers in normal form, or every problem found (field code, i18n key, arguments). Codes
     * that are not fields of the service (in its variant) are problems too, so a partner's typo does not
     * vanish silently.
     */
    static Result normalise(Map<String, ?> raw, List<FormField> fields, LocalDate today,
                            Predicate<String> regionExists) {
        Map<String, FormField> byCode = new LinkedHashMap<>();
        fields.forEach(f -> byCode.put(f.code(), f));
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (var entry : raw.entrySet()) {
            FormField field = byCode.get(entry.getKey());
            if (field == null) {
                problems.add(new FieldProblem(entry.getKey(), "intake.answer.unknown-field"));
                continue;
            }
            Object value = entry.getValue();
            if (isBlank(value)) {
                continue;
            }
            try {
                values.put(field.code(), normaliseOne(field, value, today, regionExists));
            } catch (Rejected rejected) {
                problems.add(new FieldProblem(field.code(), rejected.key, rejected.args));
            }
        }
        return new Result(values, problems);
    }

    /** The required fields (of the variant) without an answer. */
    static List<String> missing(Map<String, Object> values, List<FormField> fields) {
        return fields.stream().filter(FormField::isRequired).map(FormField::code)
                .filter(code -> !values.containsKey(code)).toList();
    }

    record Result(Map<String, Object> values, List<FieldProblem> problems) {
    }

    private static boolean isBlank(@Nullable Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static Object normaliseOne(FormField field, Object value, LocalDate today, Predicate<String> regionExists) {
        if (field.type() == FieldType.MULTISELECT) {
            Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
            Set<String> chosen = new LinkedHashSet<>();
            for (Object item : items) {
                String code = String.valueOf(item).strip();
                if (field.options().stream().noneMatch(o -> o.code().equals(code))) {
                    throw new Rejected("intake.answer.not-an-option");
                }
                chosen.add(code);
            }
            return List.copyOf(chosen);
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            throw new Rejected("intake.answer.single-value");
        }
        String text = String.valueOf(value).strip();
        return switch (field.type()) {
            case TEXT, TEXTAREA -> {
                int max = field.maxLength() != null ? field.maxLength()
                        : field.type() == FieldType.TEXT ? TEXT_MAX : TEXTAREA_MAX;
                if (text.length() > max) {
                    throw new Rejected("intake.answer.too-long", max);
                }
                yield text;
            }
            case NUMBER, MONEY -> {
                String digits = field.type() == FieldType.MONEY ? text.replaceAll("[.\\s]|^Rp", "") : text;
                try {
                    BigDecimal number = new BigDecimal(digits);
                    if (number.signum() < 0 || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
                        throw new Rejected("intake.answer.not-a-number");
                    }
                    yield number.toBigIntegerExact().toString();
                } catch (NumberFormatException | ArithmeticException notANumber) {
                    throw new Rejected("intake.answer.not-a-number");
                }
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(text).toString();
                } catch (DateTimeParseException notADate) {
                    throw new Rejected("intake.answer.not-a-date");
                }
            }
            case SELECT -> {
                if (field.options().stream().noneMatch(o -> o.code().equals(text))) {
                    throw new Rejected("intake.answer.not-an-option");
                }
                yield text;
            }
            case YES_NO -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "ya", "yes" -> "true";
                case "false", "tidak", "no" -> "false";
                default -> throw new Rejected("intake.answer.not-yes-no");
            };
            case NIK -> {
                var check = IdentityValidation.checkNik(text, today);
                if (!check.isValid()) {
                    throw new Rejected(java.util.Objects.requireNonNull(check.messageKey()), check.messageArgs());
                }
                yield java.util.Objects.requireNonNull(check.value()).value();
            }
            case PHONE -> {
                var check = IdentityValidation.checkPhone(text);
                if (!check.isValid()) {
                    throw new Rejected(java.util.Objects.requireNonNull(check.messageKey()), check.messageArgs());
                }
                yield java.util.Objects.requireNonNull(check.value()).e164();
            }
            case EMAIL -> {
                if (!MailAddresses.isValid(text)) {
                    throw new Rejected("intake.answer.not-an-email");
                }
                yield text.toLowerCase(java.util.Locale.ROOT);
            }
            case REGION -> {
                if (!regionExists.test(text)) {
                    throw new Rejected("intake.answer.not-a-region");
                }
                yield text;
            }
            case MULTISELECT -> throw new IllegalStateException("handled above");
        };
    }

    private static final class Rejected extends RuntimeException {
        private final String key;
        private final Object[] args;

        Rejected(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }
}
