package id.dinsos.portal.shared.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An identity or contact number that breaks a rule. The {@link #reason()} says which rule, as an
 * i18n key with its {@link #args()}; the message is only the key, never the number, because
 * exceptions end up in logs and these numbers identify people.
 */
public class InvalidIdentityNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Each rule that can fail, with the bundle key that explains it (arguments noted where used). */
    public enum Reason {
        NIK_EMPTY("validation.nik.empty"),
        NIK_DIGITS("validation.nik.digits"),
        /** {0}: the number of digits entered. */
        NIK_LENGTH("validation.nik.length"),
        NIK_PROVINCE("validation.nik.province"),
        NIK_REGENCY("validation.nik.regency"),
        NIK_DISTRICT("validation.nik.district"),
        /** Day neither 01–31 (men) nor 41–71 (women). */
        NIK_DAY("validation.nik.day"),
        NIK_MONTH("validation.nik.month"),
        /** Day and month in range, but no such date (31 April, 29 February outside a leap year). */
        NIK_DATE("validation.nik.date"),
        NIK_SERIAL("validation.nik.serial"),

        KK_EMPTY("validation.kk.empty"),
        KK_DIGITS("validation.kk.digits"),
        /** {0}: the number of digits entered. */
        KK_LENGTH("validation.kk.length"),
        KK_PROVINCE("validation.kk.province"),
        KK_DATE("validation.kk.date"),

        NPWP_EMPTY("validation.npwp.empty"),
        NPWP_DIGITS("validation.npwp.digits"),
        /** {0}: the number of digits entered. */
        NPWP_LENGTH("validation.npwp.length"),
        NPWP_CHECKSUM("validation.npwp.checksum"),
        /** All zeros: the placeholder written on tax documents for someone without an NPWP. */
        NPWP_ZERO("validation.npwp.zero"),
        /** 16 digits not starting with 0 must be the holder's NIK, and this one is not a valid NIK. */
        NPWP_NIK("validation.npwp.nik"),

        PHONE_EMPTY("validation.phone.empty"),
        /** Characters other than digits, spaces, dashes, dots, brackets and a leading +. */
        PHONE_FORMAT("validation.phone.format"),
        /** A country code other than +62. */
        PHONE_COUNTRY("validation.phone.country"),
        /** Not 08[1-35-9]: a landline, or a prefix that is not a mobile one. */
        PHONE_PREFIX("validation.phone.prefix"),
        /** {0}: the number of digits in the local (08…) form. */
        PHONE_TOO_SHORT("validation.phone.short"),
        /** {0}: the number of digits in the local (08…) form. */
        PHONE_TOO_LONG("validation.phone.long");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The key in {@code i18n/messages*.properties}. */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final List<Object> args;

    InvalidIdentityNumberException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    InvalidIdentityNumberException(Reason reason, @Nullable Throwable cause, Object... args) {
        super(reason.messageKey(), cause);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The arguments of the reason's message, e.g. the number of digits entered; never the number. */
    public List<Object> args() {
        return args;
    }
}
