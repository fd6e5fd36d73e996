package id.dinsos.portal.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The letters issued for an application (the product of most services), which the applicant's page
 * offers for download. The letter module implements it, so that intake does not depend on it.
 */
public interface IssuedLetters {

    /**
     * One issued letter.
     *
     * @param downloadPath     where the signed-in applicant downloads the signed PDF
     * @param verificationPath the public verification page the letter's QR code points to
     * @param valid            false once revoked
     */
    record IssuedLetter(String title, String number, LocalDate issuedOn, boolean valid, String downloadPath,
                        String verificationPath) {
    }

    /** The issued letters (valid or revoked) of an application the signed-in person may see, newest first. */
    List<IssuedLetter> issuedFor(long applicationId);
}
