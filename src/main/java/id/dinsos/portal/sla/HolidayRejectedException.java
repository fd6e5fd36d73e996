package id.dinsos.portal.sla;

import java.util.Arrays;

/**
 * A holiday change the service refused, with the reason as an i18n key and its arguments, so that a
 * view can say it in the person's language.
 */
public class HolidayRejectedException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;

    HolidayRejectedException(String messageKey, Object... args) {
        super("Holiday rejected: " + messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
