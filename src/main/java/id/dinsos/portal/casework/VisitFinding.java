package id.dinsos.portal.casework;

/**
 * What the officer found on a field visit (labels under {@code casework.visit.finding.<FINDING>}): the
 * situation as the application describes it, not as described, or nobody met at the address.
 */
public enum VisitFinding {
    CONFIRMED, NOT_CONFIRMED, NOT_MET
}
