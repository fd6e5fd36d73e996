package id.dinsos.portal.casework;

import java.util.Arrays;

/** An action that cannot be taken on the case as it stands, with a translated message key and arguments. */
public class CaseRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public CaseRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
