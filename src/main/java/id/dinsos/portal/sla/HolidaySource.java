package id.dinsos.portal.sla;

/**
 * Where a holiday row comes from: the office's {@code holidays.csv} ({@link #FILE}), or an
 * administrator ({@link #ADMIN}). The start-up import only adds FILE rows for dates that have no row
 * at all, so what an administrator added, amended or deleted survives every restart.
 */
public enum HolidaySource {
    FILE, ADMIN
}
