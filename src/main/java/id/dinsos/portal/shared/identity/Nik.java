package id.dinsos.portal.shared.identity;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.identity.InvalidIdentityNumberException.Reason;

/**
 * Nomor Induk Kependudukan: 16 digits {@code PP KK CC DDMMYY SSSS} — province, regency and district
 * where the number was first issued, the birth date (40 added to the day for women), and a serial
 * from 0001.
 * <p>
 * Only the structure is checked (REFERENCE.md): a code of a region that has since been split or
 * renamed is still a valid NIK, and an unusual birth date is not rejected as long as it is a real
 * calendar date. Whether the NIK belongs to the person is for Dukcapil to say, not this class.
 * <p>
 * The year has two digits. {@link #parse(String, LocalDate)} and {@link #birthDate(LocalDate)} put
 * it in the century that makes the birth date not later than "today". The constructor, which has
 * no "today" (a value read back from the database), checks the calendar in the years 2000–2099;
 * 19yy and 20yy have the same leap years except 1900, so both give the same answer whenever
 * "today" is after 29 February 2000.
 *
 * @param value the 16 digits, without separators
 */
public record Nik(String value) {

    public static final int LENGTH = 16;

    private static final String SEPARATORS = ".-";

    public Nik {
        if (value == null || value.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.NIK_EMPTY);
        }
        check(value, null);
    }

    /**
     * Reads a NIK as a person types it: spaces, dots and dashes are removed (e.g.
     * {@code "3216 0517 0845 0001"} or {@code "32.16.05.170845.0001"}).
     *
     * @param today the date the birth date must not be later than (the office's date, from the Clock)
     * @throws InvalidIdentityNumberException with the first rule the input breaks
     */
    public static Nik parse(@Nullable String input, LocalDate today) {
        String digits = Digits.strip(input, SEPARATORS);
        if (digits.isEmpty()) {
            throw new InvalidIdentityNumberException(Reason.NIK_EMPTY);
        }
        check(digits, today);
        return new Nik(digits);
    }

    /** The two-digit province code, e.g. {@code "32"} (Jawa Barat). */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The regency/city code as Kemendagri writes it, e.g. {@code "32.16"} (Kabupaten Bekasi). */
    public String regencyCode() {
        return provinceCode() + "." + value.substring(2, 4);
    }

    /** The district (kecamatan) code as Kemendagri writes it, e.g. {@code "32.16.05"}. */
    public String districtCode() {
        return regencyCode() + "." + value.substring(4, 6);
    }

    public boolean isFemale() {
        return Digits.number(value, 6, 8) > 40;
    }

    /**
     * The birth date, in the latest century that does not put it after {@code today}. A person
     * born 100 or more years before today gets a date a century late; the NIK cannot tell.
     */
    public LocalDate birthDate(LocalDate today) {
        LocalDate date = birthDateOrNull(value, today);
        if (date == null) {
            // Only 29 February 2000 read with a "today" before that day reaches here.
            throw new InvalidIdentityNumberException(Reason.NIK_DATE);
        }
        return date;
    }

    /** The last four digits, the serial among people with the same region and birth date. */
    public String serial() {
        return value.substring(12);
    }

    /** The last four digits, for "NIK ending in 0001" in a list or a letter. */
    public String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /** For display: the first four digits (province and regency) and the last four, e.g. {@code 3216••••••••0001}. */
    public String masked() {
        return Digits.mask(value, 4, 4);
    }

    /** Masked, so that a NIK in a log line or an exception message does not give the number away. */
    @Override
    public String toString() {
        return masked();
    }

    /** @param today null: check the calendar as in 2000–2099 (see the class comment) */
    static void check(String digits, @Nullable LocalDate today) {
        if (!Digits.isAsciiDigits(digits)) {
            throw new InvalidIdentityNumberException(Reason.NIK_DIGITS);
        }
        if (digits.length() != LENGTH) {
            throw new InvalidIdentityNumberException(Reason.NIK_LENGTH, digits.length());
        }
        if (digits.startsWith("00")) {
            throw new InvalidIdentityNumberException(Reason.NIK_PROVINCE);
        }
        if (digits.startsWith("00", 2)) {
            throw new InvalidIdentityNumberException(Reason.NIK_REGENCY);
        }
        if (digits.startsWith("00", 4)) {
            throw new InvalidIdentityNumberException(Reason.NIK_DISTRICT);
        }
        int day = Digits.number(digits, 6, 8);
        if (day < 1 || (day > 31 && day < 41) || day > 71) {
            throw new InvalidIdentityNumberException(Reason.NIK_DAY);
        }
        int month = Digits.number(digits, 8, 10);
        if (month < 1 || month > 12) {
            throw new InvalidIdentityNumberException(Reason.NIK_MONTH);
        }
        boolean realDate = today == null
                ? YearMonth.of(2000 + Digits.number(digits, 10, 12), month).isValidDay(day % 40)
                : birthDateOrNull(digits, today) != null;
        if (!realDate) {
            throw new InvalidIdentityNumberException(Reason.NIK_DATE);
        }
        if (digits.endsWith("0000")) {
            throw new InvalidIdentityNumberException(Reason.NIK_SERIAL);
        }
    }

    private static @Nullable LocalDate birthDateOrNull(String digits, LocalDate today) {
        int day = Digits.number(digits, 6, 8) % 40;
        int month = Digits.number(digits, 8, 10);
        int year = today.getYear() - Math.floorMod(today.getYear(), 100) + Digits.number(digits, 10, 12);
        boolean afterToday = year > today.getYear()
                || year == today.getYear() && (month > today.getMonthValue()
                        || month == today.getMonthValue() && day > today.getDayOfMonth());
        if (afterToday) {
            year -= 100;
        }
        return YearMonth.of(year, month).isValidDay(day) ? LocalDate.of(year, month, day) : null;
    }
}
