package id.dinsos.portal.intake;

/** An application by (or for) the person concerned, or a report that asks the office to act. */
public enum ApplicationKind {
    APPLICATION,
    /** For report-based services (ODGJ, gelandangan, WTS, rujukan): what, where, when, who reports. */
    REPORT
}
