package id.dinsos.portal.casework;

/**
 * The team's outcome of a report (ODGJ, gelandangan, WTS, rujukan, orang terlantar), labels under
 * {@code casework.report.outcome.<OUTCOME>}: assessed, referred (to a panti, the RSJ, ...) or returned
 * to the family.
 */
public enum ReportOutcome {
    ASSESSED, REFERRED, RETURNED_TO_FAMILY
}
