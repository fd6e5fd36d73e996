package id.dinsos.portal.intake;

/**
 * A change the application's state does not allow (editing a submitted application, withdrawing a
 * decided one); {@link #messageKey()} says so in the person's language.
 */
public class ApplicationStateException extends RuntimeException {

    private final String messageKey;

    public ApplicationStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
