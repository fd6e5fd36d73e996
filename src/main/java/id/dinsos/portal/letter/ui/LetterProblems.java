package id.dinsos.portal.letter.ui;

import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.letter.LetterStateException;
import id.dinsos.portal.shared.RecordNotFoundException;

/** What the letter screens say when {@link id.dinsos.portal.letter.LetterService} refuses: one message key per refusal. */
final class LetterProblems {

    private LetterProblems() {
    }

    /** The message key of a refusal; anything else is a fault and goes on to the error handler. */
    static String messageKey(RuntimeException e) {
        return switch (e) {
            case LetterStateException state -> state.messageKey();
            case RecordNotFoundException notFound -> "letter.staff.not-found";
            case AccessDeniedException denied -> "letter.staff.not-allowed";
            default -> throw e;
        };
    }
}
