package id.dinsos.portal.catalogue;

/** The units in which a Standar Pelayanan states its time limits. */
public enum TimeLimitUnit {
    MINUTES, HOURS, WORKING_DAYS, CALENDAR_DAYS, MONTHS, YEARS
}
