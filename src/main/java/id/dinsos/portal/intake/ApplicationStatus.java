package id.dinsos.portal.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands (ARCHITECTURE.md, "Application states"). Intake moves it from
 * {@link #DRAFT} to {@link #SUBMITTED}, through correction rounds and withdrawal; the back office
 * moves it on from there.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    IN_REVIEW,
    NEEDS_REVISION,
    FIELD_VISIT,
    WAITING_EXTERNAL,
    APPROVED,
    REJECTED,
    LETTER_ISSUED,
    COMPLETED,
    WITHDRAWN;

    private static final Set<ApplicationStatus> BEFORE_DECISION = EnumSet.of(SUBMITTED, IN_REVIEW, NEEDS_REVISION,
            FIELD_VISIT, WAITING_EXTERNAL);

    /** Whether the applicant may still withdraw: submitted, and no decision yet. */
    public boolean withdrawable() {
        return this == DRAFT || BEFORE_DECISION.contains(this);
    }

    /** Whether the office may still return it for correction. */
    public boolean returnable() {
        return this == SUBMITTED || this == IN_REVIEW || this == FIELD_VISIT;
    }

    /** Whether the application has left the applicant's hands (it has a tracking number). */
    public boolean submitted() {
        return this != DRAFT;
    }
}
