package id.dinsos.portal.casework;

/** How a case's clock ended: within the standard's time, after it, or closed without a result (withdrawn). */
public enum CaseOutcome {
    MET, MISSED, CLOSED
}
