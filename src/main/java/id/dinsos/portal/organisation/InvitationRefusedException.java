package id.dinsos.portal.organisation;

/** An invitation link that cannot be accepted, with the reason to tell the person. */
public class InvitationRefusedException extends RuntimeException {

    /** Why; the text for each is in the i18n bundle under {@link #messageKey()}. */
    public enum Reason {
        /** No such invitation, or an administrator revoked it. */
        UNKNOWN,
        EXPIRED,
        /** Already accepted (by this person or another). */
        USED,
        /** The signed-in account's e-mail address is not the invited one. */
        OTHER_ACCOUNT;

        public String messageKey() {
            return "organisation.invitation.refused." + name();
        }
    }

    private final Reason reason;

    public InvitationRefusedException(Reason reason) {
        super("Invitation refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
