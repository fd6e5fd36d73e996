package id.dinsos.portal.intake;

/** The kinds of step a timeline shows (labels under {@code intake.timeline.<TYPE>}). */
public enum TimelineType {
    CREATED,
    SUBMITTED,
    RETURNED_FOR_CORRECTION,
    RESUBMITTED,
    WITHDRAWN,
    /** A step of the back office (next module): review started, visit, decision, letter. */
    STATUS_CHANGED
}
