package id.dinsos.portal.letter;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.notification.MailAddresses;
import id.dinsos.portal.notification.MailAttachment;
import id.dinsos.portal.notification.MailOutbox;
import id.dinsos.portal.notification.MailTemplates;
import id.dinsos.portal.shared.storage.StoredFile;

/**
 * Delivers a signed letter to the applicant: queued in the outbox in the signing transaction, with the
 * PDF attached (read from the file store when the mail is sent), in Indonesian like the letter. The
 * applicant can also download it from the portal.
 */
@Component
class LetterDelivery {

    private final MailOutbox outbox;

    LetterDelivery(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void letterSigned(long letterId, @Nullable String email, @Nullable String name, String title, String number, StoredFile file,
                      String verificationLink) {
        if (email == null || !MailAddresses.isValid(email)) {
            return;
        }
        outbox.enqueue(email, MailTemplates.LETTER_ISSUED, Locale.forLanguageTag("id"),
                Map.of("name", name == null ? "" : name, "letterTitle", title, "letterNumber", number, "verificationLink", verificationLink),
                new MailAttachment(file.key(), file.originalName(), "application/pdf"));
    }
}
