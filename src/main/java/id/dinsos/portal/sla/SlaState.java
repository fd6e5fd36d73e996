package id.dinsos.portal.sla;

/**
 * Where a service clock stands. While the work runs: {@link #ON_TRACK}, {@link #DUE_SOON} (the
 * configured share of the time is used, 75 % unless {@code portal.sla.due-soon-share} says otherwise)
 * or {@link #OVERDUE}. Once completed: {@link #MET} or {@link #MISSED}, for good.
 */
public enum SlaState {
    ON_TRACK, DUE_SOON, OVERDUE, MET, MISSED;

    /** The i18n key of the state's label ({@code sla.state.ON_TRACK}, ...). */
    public String messageKey() {
        return "sla.state." + name();
    }

    public boolean isFinal() {
        return this == MET || this == MISSED;
    }
}
