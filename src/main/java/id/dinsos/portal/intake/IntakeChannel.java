package id.dinsos.portal.intake;

/** How an application reached the office. */
public enum IntakeChannel {
    /** A citizen (or an organisation's member) on the portal. */
    ONLINE,
    /** Front-office staff at the counter, for a walk-in person. */
    COUNTER,
    /** A social worker (PSM/TKSK) for a resident of their kecamatan. */
    SOCIAL_WORKER,
    /** A partner system (DPMPTSP) through the API. */
    API
}
