package id.dinsos.portal.shared.identity;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * An Indonesian mobile number, kept in E.164 ({@code +6281234567890}): {@code +62 8[1-35-9]}
 * followed by 7–10 digits, i.e. 9–12 digits after +62, or 10–13 digits written locally as
 * {@code 08…} (REFERENCE.md). Only mobile numbers: the office phones or messages the applicant.
 *
 * @param e164 {@code +62} and 9–12 digits
 */
public record PhoneNumber(String e164) {

    public static final String COUNTRY_CODE = "+62";

    /** Digits after +62, i.e. without the 0 of the local form. */
    static final int MIN_NATIONAL = 9;
    static final int MAX_NATIONAL = 12;

    private static final String SEPARATORS = ".-()/";

    public PhoneNumber {
        if (e164 == null || e164.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.PHONE_EMPTY);
        }
        if (!e164.startsWith(COUNTRY_CODE)) {
            throw new InvalidIdentityNumberException(e164.startsWith("+") ? Reason.PHONE_COUNTRY : Reason.PHONE_FORMAT);
        }
        String national = e164.substring(COUNTRY_CODE.length());
        if (!Digits.isAsciiDigits(national) || national.startsWith("0")) {
            throw new InvalidIdentityNumberException(Reason.PHONE_FORMAT);
        }
        checkNational(national);
    }

    /**
     * Reads a mobile number as a person types it: {@code 0812-3456-7890}, {@code 62 812 3456 7890},
     * {@code +62 812.3456.7890}, and also {@code +62 (0)812…}, where the 0 of the local form is
     * repeated after the country code. Spaces, dashes, dots, brackets and slashes are removed.
     *
     * @throws InvalidIdentityNumberException with the first rule the input breaks
     */
    public static PhoneNumber parse(@Nullable String input) {
        String s = Digits.strip(input, SEPARATORS);
        if (s.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.PHONE_EMPTY);
        }
        boolean plus = s.startsWith("+");
        String digits = plus ? s.substring(1) : s;
        if (!Digits.isAsciiDigits(digits)) {
            throw new InvalidIdentityNumberException(Reason.PHONE_FORMAT);
        }
        String national;
        if (digits.startsWith("62")) {
            national = digits.substring(2);
            // "+62 0812…" / "+62 (0)812…": numbers after +62 never start with 0, so the 0 is the local prefix.
            if (national.startsWith("0")) {
                national = national.substring(1);
            }
        } else if (plus) {
            throw new InvalidIdentityNumberException(Reason.PHONE_COUNTRY);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            // "812…" without 0 or 62 could be a number from anywhere; ask for the prefix instead of guessing.
            throw new InvalidIdentityNumberException(Reason.PHONE_FORMAT);
        }
        checkNational(national);
        return new PhoneNumber(COUNTRY_CODE + national);
    }

    /** The local form, {@code 081234567890}. */
    public String local() {
        return "0" + national();
    }

    /** For display: the local form with all but the first four digits and the last three hidden, {@code 0812•••••890}. */
    public String masked() {
        return Digits.mask(local(), 4, 3);
    }

    /** Masked, so that a phone number in a log line does not give the number away. */
    @Override
    public String toString() {
        return masked();
    }

    private String national() {
        return e164.substring(COUNTRY_CODE.length());
    }

    private static void checkNational(String national) {
        // The prefix first: "021 …" is a landline however long it is, which says more than its length.
        boolean mobilePrefix = national.isEmpty() || national.charAt(0) == '8'
                && (national.length() < 2 || "12356789".indexOf(national.charAt(1)) >= 0);
        if (!mobilePrefix) {
            throw new InvalidIdentityNumberException(Reason.PHONE_PREFIX);
        }
        int localDigits = national.length() + 1;
        if (national.length() < MIN_NATIONAL) {
            throw new InvalidIdentityNumberException(Reason.PHONE_TOO_SHORT, localDigits);
        }
        if (national.length() > MAX_NATIONAL) {
            throw new InvalidIdentityNumberException(Reason.PHONE_TOO_LONG, localDigits);
        }
    }
}
