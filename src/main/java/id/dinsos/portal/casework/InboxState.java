package id.dinsos.portal.casework;

/**
 * What the inbox filters and counts by. The running states judge a case at {@code now}; a paused case
 * counts as {@link #PAUSED} only (its clock does not move), so the header's open counts add up to the
 * open cases; {@link #MET} and {@link #MISSED} are the finished ones.
 */
public enum InboxState {
    ON_TRACK, DUE_SOON, OVERDUE, PAUSED, MET, MISSED;

    public boolean finished() {
        return this == MET || this == MISSED;
    }

    /** The i18n key of the state's label. */
    public String messageKey() {
        return "inbox.state." + name();
    }
}
