package id.dinsos.portal.shared.identity;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * The number of a Kartu Keluarga (family card): 16 digits, the area code where it was issued
 * ({@code PP KK CC}), the recording date ({@code DDMMYY}) and a family serial.
 * <p>
 * Checked leniently on purpose: 16 digits, a province code other than 00, and a day 01–31 and month
 * 01–12 in the date, nothing more. A family card is checked against the card itself at
 * verification; refusing a real card's number in a form because of a stricter guess about how the
 * number was built would stop the person from applying at all.
 *
 * @param value the 16 digits, without separators
 */
public record KkNumber(String value) {

    public static final int LENGTH = 16;

    private static final String SEPARATORS = ".-";

    public KkNumber {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.KK_EMPTY);
        }
        check(value);
    }

    /**
     * Reads a KK number as a person types it: spaces, dots and dashes are removed.
     *
     * @throws InvalidIdentityNumberException with the first rule the input breaks
     */
    public static KkNumber parse(@Nullable String input) {
        String digits = Digits.strip(input, SEPARATORS);
        if (digits.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.KK_EMPTY);
        }
        return new KkNumber(digits);
    }

    /** The two-digit province code, e.g. {@code "32"}. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The regency/city code as Kemendagri writes it, e.g. {@code "32.16"}. */
    public String regencyCode() {
        return provinceCode() + "." + value.substring(2, 4);
    }

    /** The district (kecamatan) code as Kemendagri writes it, e.g. {@code "32.16.05"}. */
    public String districtCode() {
        return regencyCode() + "." + value.substring(4, 6);
    }

    /** The last four digits, the family serial. */
    public String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /** For display: the first four digits and the last four, e.g. {@code 3216••••••••0003}. */
    public String masked() {
        return Digits.mask(value, 4, 4);
    }

    /** Masked, so that a KK number in a log line does not give the number away. */
    @Override
    public String toString() {
        return masked();
    }

    private static void check(String digits) {
        if (!Digits.isAsciiDigits(digits)) {
            throw new InvalidIdentityNumberException(Reason.KK_DIGITS);
        }
        if (digits.length() != LENGTH) {
            throw new InvalidIdentityNumberException(Reason.KK_LENGTH, digits.length());
        }
        if (digits.startsWith("00")) {
            throw new InvalidIdentityNumberException(Reason.KK_PROVINCE);
        }
        int day = Digits.number(digits, 6, 8);
        int month = Digits.number(digits, 8, 10);
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            throw new InvalidIdentityNumberException(Reason.KK_DATE);
        }
    }
}
