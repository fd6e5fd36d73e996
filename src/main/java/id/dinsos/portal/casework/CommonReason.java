package id.dinsos.portal.casework;

/**
 * The reasons a verifier most often finds a document wanting (labels under {@code casework.reason.<NAME>}),
 * so the applicant reads the same clear words whoever checked; OTHER needs a written reason.
 */
public enum CommonReason {
    ILLEGIBLE, INCOMPLETE, EXPIRED, DATA_MISMATCH, WRONG_DOCUMENT, NOT_SIGNED, OTHER
}
