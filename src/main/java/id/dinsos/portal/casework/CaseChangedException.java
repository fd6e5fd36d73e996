package id.dinsos.portal.casework;

/**
 * Someone else changed the case since the screen was loaded: nothing was saved. The screen offers to
 * reload it (message {@code casework.error.changed}).
 */
public class CaseChangedException extends RuntimeException {

    public CaseChangedException() {
        super("The case was changed by someone else; reload it");
    }
}
