package id.dinsos.portal.shared.identity;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * Nomor Pokok Wajib Pajak, the tax number, in either format:
 * <ul>
 * <li>the old 15 digits {@code 99.999.999.9-999.999}: taxpayer type and serial (8 digits), a Luhn
 * check digit over those 8, then the tax office (3) and the branch (3);</li>
 * <li>since 1 July 2024, 16 digits: a resident's NIK, or for others the old number with a 0 in
 * front, whose embedded check digit must still hold.</li>
 * </ul>
 * The number is kept in the format it was given: an organisation may still print the old one on
 * its letters. {@link #sixteenDigits()} gives the current form of either, to compare two NPWPs.
 * (As in python-stdnum's {@code stdnum/id/npwp.py}.)
 *
 * @param value 15 or 16 digits, without separators
 */
public record Npwp(String value) {

    public static final int LEGACY_LENGTH = 15;
    public static final int LENGTH = 16;

    private static final String SEPARATORS = ".-";

    public Npwp {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.NPWP_EMPTY);
        }
        check(value);
    }

    /**
     * Reads an NPWP as a person types it, formatted ({@code 01.312.166.0-091.000}) or plain; spaces,
     * dots and dashes are removed.
     *
     * @throws InvalidIdentityNumberException with the first rule the input breaks
     */
    public static Npwp parse(@Nullable String input) {
        String digits = Digits.strip(input, SEPARATORS);
        if (digits.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.NPWP_EMPTY);
        }
        return new Npwp(digits);
    }

    /** The old 15-digit format. */
    public boolean isLegacy() {
        return value.length() == LEGACY_LENGTH;
    }

    /** A 16-digit NPWP that is the holder's NIK (it does not start with 0). */
    public boolean isNik() {
        return value.length() == LENGTH && value.charAt(0) != '0';
    }

    /** The 16-digit form: the old number with a 0 in front, or the value itself if it has 16 digits. */
    public String sixteenDigits() {
        return isLegacy() ? "0" + value : value;
    }

    /** The old format with dots and a dash ({@code 01.312.166.0-091.000}); 16 digits stay plain. */
    public String formatted() {
        if (!isLegacy()) {
            return value;
        }
        return value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8) + "."
                + value.charAt(8) + "-" + value.substring(9, 12) + "." + value.substring(12);
    }

    /** For display: the first four digits and the last four. */
    public String masked() {
        return Digits.mask(value, 4, 4);
    }

    /** Masked: a 16-digit NPWP is often a NIK. */
    @Override
    public String toString() {
        return masked();
    }

    private static void check(String digits) {
        if (!Digits.isAsciiDigits(digits)) {
            throw new InvalidIdentityNumberException(Reason.NPWP_DIGITS);
        }
        if (digits.length() != LEGACY_LENGTH && digits.length() != LENGTH) {
            throw new InvalidIdentityNumberException(Reason.NPWP_LENGTH, digits.length());
        }
        if (digits.length() == LENGTH && digits.charAt(0) != '0') {
            try {
                Nik.check(digits, null);
            } catch (InvalidIdentityNumberException notANik) {
                throw new InvalidIdentityNumberException(Reason.NPWP_NIK, notANik);
            }
            return;
        }
        String old = digits.length() == LENGTH ? digits.substring(1) : digits;
        if (old.chars().allMatch(c -> c == '0')) {
            throw new InvalidIdentityNumberException(Reason.NPWP_ZERO);
        }
        // The 9th digit of the old number checks the first 8 (Luhn mod 10).
        if (!Digits.luhnValid(old.substring(0, 9))) {
            throw new InvalidIdentityNumberException(Reason.NPWP_CHECKSUM);
        }
    }
}
