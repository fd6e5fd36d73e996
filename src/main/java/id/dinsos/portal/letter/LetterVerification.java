package id.dinsos.portal.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.shared.DefinitionFiles;

/**
 * The public side of letters: anyone holding a letter (a hospital, BPJS, a court) checks it by the code of
 * its QR code, or by uploading the PDF. Answers only what the letter itself shows, with the holder's name
 * partly masked; nothing else of the application.
 */
@Service
public class LetterVerification {

    private final Letters letters;
    private final LetterTemplates templates;

    LetterVerification(Letters letters, LetterTemplates templates) {
        this.letters = letters;
        this.templates = templates;
    }

    /**
     * What the public may know of an issued letter.
     *
     * @param holder the holder's name with all but the first letter of each word masked ({@code S**** A*****})
     */
    public record PublicLetter(String code, String number, LocalDate issuedOn, String letterType, String title,
                               String signer, LetterStatus status, @Nullable Instant revokedAt,
                               @Nullable String revocationReason, @Nullable String holder, String sha256) {
    }

    /** The issued letter with this verification code; empty for anything else (a draft has no code). */
    @Transactional(readOnly = true)
    public Optional<PublicLetter> byCode(@Nullable String code) {
        if (code == null || !VerificationCodes.looksLikeOne(code)) {
            return Optional.empty();
        }
        return letters.findByVerificationCode(code).filter(l -> l.status().issued()).map(this::publicLetter);
    }

    /**
     * What an uploaded PDF is: the issued letter whose file has exactly these bytes (SHA-256), if any, and
     * whether its signature is intact and covers the whole file.
     */
    public record UploadCheck(String sha256, @Nullable PublicLetter letter, boolean signed, boolean signatureIntact,
                              boolean wholeDocumentSigned, @Nullable String signer, @Nullable String issuer) {

        /** The file is exactly a letter the office issued, and its signature holds. */
        public boolean genuine() {
            return letter != null && signatureIntact && wholeDocumentSigned;
        }
    }

    @Transactional(readOnly = true)
    public UploadCheck check(byte[] pdf) {
        String sha256 = DefinitionFiles.sha256(pdf);
        List<Letter> matches = letters.findBySha256(sha256);
        PublicLetter letter = matches.stream().filter(l -> l.status().issued()).findFirst().map(this::publicLetter)
                .orElse(null);
        SignatureCheck.Result signature = SignatureCheck.check(pdf);
        return new UploadCheck(sha256, letter, signature.signed(), signature.intact(), signature.wholeDocument(),
                signature.signer(), signature.issuer());
    }

    private PublicLetter publicLetter(Letter letter) {
        String title = templates.recorded(letter.letterType(), letter.templateSha256()).map(LetterTemplate::title).orElse(letter.letterType());
        return new PublicLetter(letter.verificationCode(), letter.number(), letter.issuedOn(), letter.letterType(),
                title, letter.signerName(), letter.status(), letter.revokedAt(), letter.revocationReason(),
                mask(letter.holderName()), letter.sha256());
    }

    /** {@code Siti Aminah} → {@code S*** A*****}: enough to match the person in front of you, not to find them. */
    static @Nullable String mask(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int first = word.codePointAt(0);
            out.appendCodePoint(first).append("*".repeat(Math.max(1, word.codePointCount(0, word.length()) - 1)));
        }
        return out.toString();
    }
}
