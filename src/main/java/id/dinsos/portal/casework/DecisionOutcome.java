package id.dinsos.portal.casework;

/** What was decided. */
public enum DecisionOutcome {
    APPROVED, REJECTED
}
