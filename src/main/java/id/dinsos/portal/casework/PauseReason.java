package id.dinsos.portal.casework;

/** Why a clock stands still: the applicant is correcting the application, or an outside party is awaited. */
public enum PauseReason {
    CORRECTION, EXTERNAL
}
