package id.dinsos.portal.sla;

import java.util.Arrays;

/**
 * The two kinds of day off in the SKB 3 Menteri; for the office both are non-working days. The code
 * is how {@code holidays.csv} writes the type.
 */
public enum HolidayType {
    LIBUR_NASIONAL("libur_nasional"), CUTI_BERSAMA("cuti_bersama");

    private final String code;

    HolidayType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The i18n key of the type's label ({@code sla.holiday.type.LIBUR_NASIONAL}, ...). */
    public String messageKey() {
        return "sla.holiday.type." + name();
    }

    static HolidayType ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown holiday type '" + code
                        + "' (libur_nasional or cuti_bersama)"));
    }
}
