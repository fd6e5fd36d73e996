package id.dinsos.portal.letter;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import id.dinsos.portal.intake.IssuedLetters;

/** Intake's view of an application's issued letters, through {@link LetterService}'s own access rule. */
@Component
class ApplicationLetters implements IssuedLetters {

    private final LetterService letters;

    ApplicationLetters(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public List<IssuedLetter> issuedFor(long applicationId) {
        return letters.ofApplication(applicationId).stream()
                .filter(l -> l.status().issued())
                .map(l -> new IssuedLetter(l.title(), Objects.requireNonNull(l.number()), Objects.requireNonNull(l.issuedOn()),
                        l.status() == LetterStatus.VALID, l.downloadPath(), l.verificationPath()))
                .toList();
    }
}
