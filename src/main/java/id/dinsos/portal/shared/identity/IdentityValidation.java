package id.dinsos.portal.shared.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * Checks for forms, without Vaadin: the parsed value, or the i18n key and arguments that tell the
 * person what is wrong. In a Binder:
 *
 * <pre>{@code
 * .withValidator((text, context) -> {
 *     var check = IdentityValidation.checkNik(text, LocalDate.now(clock.withZone(officeZone)));
 *     return check.isValid() ? ValidationResult.ok()
 *             : ValidationResult.error(getTranslation(check.messageKey(), check.messageArgs()));
 * })
 * }</pre>
 *
 * An empty input is reported as {@code validation.*.empty}; a form whose field is optional checks
 * for blank input first.
 */
public final class IdentityValidation {

    private IdentityValidation() {
    }

    /**
     * The outcome of a check: either {@code value} (valid) or {@code reason} with its arguments.
     *
     * @param <T> the value object
     */
    public record Check<T>(@Nullable T value, @Nullable Reason reason, List<Object> args) {

        public boolean isValid() {
            return reason == null;
        }

        /** The bundle key explaining the problem; null when valid. */
        public @Nullable String messageKey() {
            return reason == null ? null : reason.messageKey();
        }

        /** The arguments for the message, as {@code getTranslation(key, Object...)} takes them. */
        public Object[] messageArgs() {
            return args.toArray();
        }
    }

    /** @param today the office's date, which the birth date must not be later than */
    public static Check<Nik> checkNik(@Nullable String input, LocalDate today) {
        return check(() -> Nik.parse(input, today));
    }

    public static Check<KkNumber> checkKk(@Nullable String input) {
        return check(() -> KkNumber.parse(input));
    }

    public static Check<Npwp> checkNpwp(@Nullable String input) {
        return check(() -> Npwp.parse(input));
    }

    public static Check<PhoneNumber> checkPhone(@Nullable String input) {
        return check(() -> PhoneNumber.parse(input));
    }

    private static <T> Check<T> check(Supplier<T> parse) {
        try {
            return new Check<>(parse.get(), null, List.of());
        } catch (InvalidIdentityNumberException e) {
            return new Check<>(null, e.reason(), e.args());
        }
    }
}
