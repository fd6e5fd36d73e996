package id.dinsos.portal.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.account.StaffRole;

/**
 * A letter as the staff who handle it, and the applicant once it is issued, see it.
 *
 * @param paraf      the chain of roles that initial it, in order
 * @param nextRole   the role whose paraf is awaited, or null when the chain is complete
 * @param history    every paraf, return and reopening, oldest first
 */
public record LetterInfo(long id, @Nullable Long applicationId, String letterType, String title, LetterStatus status,
                         List<StaffRole> paraf, @Nullable StaffRole nextRole, @Nullable String number,
                         @Nullable LocalDate issuedOn, @Nullable String signerName, @Nullable String verificationCode,
                         @Nullable Instant revokedAt, @Nullable String revocationReason, @Nullable String sha256,
                         List<Step> history, int version) {

    /** Where the signed-in people entitled to it download the signed PDF (LetterDownloadController). */
    public String downloadPath() {
        return "/surat/" + id + "/unduh";
    }

    /** The public verification page, the address in the letter's QR code. */
    public String verificationPath() {
        return "/verifikasi/" + verificationCode;
    }

    public record Step(int step, StaffRole role, long accountId, String action, @Nullable String comment, Instant at) {
    }
}
