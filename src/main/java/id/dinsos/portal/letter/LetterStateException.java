package id.dinsos.portal.letter;

/**
 * A step the letter's state does not allow (signing a draft that is not fully initialled, revoking a
 * revoked letter) or a request without what it needs (a reason); {@link #messageKey()} says so in the
 * person's language.
 */
public class LetterStateException extends RuntimeException {

    private final String messageKey;

    public LetterStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
