package id.dinsos.portal.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.i18n.Languages;

/**
 * Queues the e-mails the portal sends. A mail is written to the outbox in the transaction of the change
 * that causes it, so that the two are committed together or not at all: a registration that rolls back
 * sends no verification mail, and a committed one never loses its mail, whatever the mail server does.
 * The outbox's sender delivers it afterwards, with retries.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final OutboxMails mails;
    private final MailTemplates templates;
    private final OfficeService office;
    private final MessageSource messages;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(OutboxMails mails, MailTemplates templates, OfficeService office, MessageSource messages,
               MailSettings settings, Clock clock) {
        this.mails = mails;
        this.templates = templates;
        this.office = office;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Renders a template and queues the mail in the caller's transaction; it is sent once that commits.
     * Must be called inside a transaction (a service method's {@code @Transactional}): outside one it
     * fails, because a mail queued on its own could be sent for a change that never happened.
     *
     * <p>The office's name and contacts ({@code officeName}, {@code officeContact}) are added to the
     * model here; the caller gives the template's own placeholders (see the constants of
     * {@link MailTemplates}). The subject and body are rendered now, so a later edit of the template does
     * not change a mail already queued.
     *
     * @param recipient one bare address, e.g. {@code budi@example.org}
     * @param template  a template name, e.g. {@link MailTemplates#VERIFY_EMAIL}
     * @param locale    the reader's language; Indonesian when the template has no version in it
     * @param model     a value for every placeholder of the template (numbers and text; no nulls)
     * @throws IllegalArgumentException for an address that is not one, an unknown template, or a
     *                                  placeholder without a value; the caller's transaction then rolls back
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String template, Locale locale, Map<String, ?> model) {
        enqueue(recipient, template, locale, model, null);
    }

    /**
     * Like {@link #enqueue(String, String, Locale, Map)}, with a file from the file store attached: the
     * sender reads it by its key when it sends, so the file must stay in the store (a signed letter does).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String recipient, String template, Locale locale, Map<String, ?> model,
                        @Nullable MailAttachment attachment) {
        if (!MailAddresses.isValid(recipient)) {
            throw new IllegalArgumentException("Not a valid e-mail address: " + MailAddresses.mask(recipient));
        }
        if (!templates.exists(template)) {
            throw new IllegalArgumentException("Unknown mail template '" + template + "'; there are " + templates.names());
        }
        for (String reserved : MailTemplates.OFFICE_PLACEHOLDERS) {
            if (model.containsKey(reserved)) {
                throw new IllegalArgumentException("'" + reserved + "' is filled in from the office profile; "
                        + "do not pass it to the outbox");
            }
        }
        Locale language = Languages.supported(locale);
        Map<String, Object> values = new HashMap<>(model);
        OfficeProfile profile = office.profile();
        values.put(MailTemplates.OFFICE_NAME, profile.fullName().in(language));
        values.put(MailTemplates.OFFICE_CONTACT, contact(profile, language));
        RenderedMail rendered = templates.render(template, language, values);

        OutboxMail mail = mails.save(OutboxMail.queue(recipient, rendered, newMessageId(), attachment, clock.instant()));
        log.info("Queued mail {} #{} to {}", template, mail.id(), MailAddresses.mask(recipient));
    }

    /** The office's phone numbers, e-mail and website, one per line, labelled in the reader's language. */
    private String contact(OfficeProfile profile, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (!profile.phone().isEmpty()) {
            lines.add(messages.getMessage("mail.contact.phone", new Object[] {String.join(", ", profile.phone())}, locale));
        }
        lines.add(messages.getMessage("mail.contact.email", new Object[] {profile.email()}, locale));
        lines.add(messages.getMessage("mail.contact.website", new Object[] {profile.website()}, locale));
        return String.join("\n", lines);
    }

    /**
     * A Message-ID fixed when the mail is queued and sent with every attempt: should a mail ever be
     * delivered twice (the server accepted it, then this node died before noting so), the copies carry
     * the same ID and mail programs show one.
     */
    private String newMessageId() {
        return "<" + UUID.randomUUID() + ".portal@" + settings.domain() + ">";
    }
}
