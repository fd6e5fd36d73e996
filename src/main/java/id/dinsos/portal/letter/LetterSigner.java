package id.dinsos.portal.letter;

import java.time.Instant;
import java.util.Optional;

import org.openpdf.text.Rectangle;

/**
 * Signs a rendered letter for a person: a detached CMS signature (SHA-256, with the signing-certificate-v2
 * attribute) embedded in the PDF as an incremental update with a visible appearance (docs/adr/0020).
 * The local implementation ({@link Pkcs12LetterSigner}) keeps a PKCS#12 key per signer; a client of
 * BSrE's signing service can implement the same interface later.
 */
public interface LetterSigner {

    /** The certificate this person would sign with, if they have one. */
    Optional<SignerCertificate> certificateOf(long accountId);

    /**
     * Signs the PDF for the person and returns the signed file.
     *
     * @param page     the page of the visible signature (from 1)
     * @param box      where on that page, in points
     * @param request  what the signature dictionary and the appearance say
     * @throws IllegalStateException when the person has no key, or keys cannot be opened (configuration)
     */
    byte[] sign(long accountId, byte[] pdf, int page, Rectangle box, SignatureRequest request);

    /** What a signature says besides the cryptography. */
    record SignatureRequest(String signerName, String appearanceText, String reason, String location, Instant when) {
    }

    /**
     * A signer's certificate as people read it.
     *
     * @param subject the signer's common name
     * @param issuer  the issuer's common name, as the footer prints it ("... issued by {issuer}")
     * @param bsre    whether BSrE (BSSN) issued it: only then may a letter say so
     */
    record SignerCertificate(String subject, String issuer, boolean bsre, String name, @org.jspecify.annotations.Nullable String rank,
                             @org.jspecify.annotations.Nullable String nip) {
    }
}
