package id.dinsos.portal.casework;

/** Where a field visit stands (labels under {@code casework.visit.status.<STATUS>}). */
public enum VisitStatus {
    SCHEDULED, DONE, CANCELLED
}
