package id.dinsos.portal.casework;

/** The kinds of line in a case's history (labels under {@code casework.action.<TYPE>}). */
public enum CaseActionType {
    OPENED, ROUTED, REASSIGNED, REQUIREMENT_CHECKED, RETURNED, RESUBMITTED, WAITING_EXTERNAL, EXTERNAL_RECEIVED,
    APPROVED, REJECTED, WITHDRAWN, COMPLETED, ESCALATED
}
