package id.dinsos.portal.notification;

import java.util.List;

/**
 * One or more mail templates that cannot be used, each with its file and line. Thrown at start-up,
 * so an office's mistake stops the portal with the reason instead of reaching a citizen.
 */
public class InvalidMailTemplateException extends RuntimeException {

    private final List<String> problems;

    public InvalidMailTemplateException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, e.g. {@code verify-email.en.txt line 7: '{{' without a closing '}}'}. */
    public List<String> problems() {
        return problems;
    }
}
