package id.dinsos.portal.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.storage.FileStore;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the outbox's due mails. Each batch is one transaction that locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, sends them, and marks each SENT or schedules its next attempt; so
 * several nodes share the work without sending a row twice, and a server that is down delays mail
 * without losing any. The one gap left is a node dying after the server accepted a mail and before the
 * commit: that mail is sent again, with the same Message-ID.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** Enough batches to empty a normal backlog in one run, few enough that one run ends. */
    private static final int MAX_BATCHES_PER_RUN = 50;

    private final OutboxMails mails;
    private final FileStore files;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final OfficeService office;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean serverConfigured;

    OutboxSender(OutboxMails mails, FileStore files, JavaMailSender mailSender, MailSettings settings, OfficeService office,
                 PlatformTransactionManager transactions, Clock clock) {
        this.mails = mails;
        this.files = files;
        this.mailSender = mailSender;
        this.settings = settings;
        this.office = office;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // Read committed: the locking read then takes no gap locks, so queuing new mail (an insert in a
        // citizen's registration) never waits for a batch that is talking to a slow mail server.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.serverConfigured = !(mailSender instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost());
    }

    /**
     * Sends what is due now and returns the number of mails the server accepted. The schedule calls
     * it; so may tests and operators who cannot wait for the next run.
     */
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /**
     * Sends what is due at the given time, batch after batch until none is left. Without a mail server
     * configured nothing is attempted: the mail waits, its attempts unspent, until there is one.
     */
    int sendDue(Instant now) {
        if (!serverConfigured) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Batch result = transaction.execute(status -> sendBatch(now));
            if (result == null) {
                break;
            }
            sent += result.sent();
            if (result.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private record Batch(int size, int sent) {
    }

    private Batch sendBatch(Instant now) {
        List<OutboxMail> due = mails.lockDue(now, settings.batchSize());
        if (due.isEmpty()) {
            return new Batch(0, 0);
        }
        InternetAddress from = from();
        int sent = 0;
        for (OutboxMail mail : due) {
            try {
                mailSender.send(message(mail, from, now));
                mail.sent(now);
                sent++;
                log.info("Sent mail {} #{} to {}", mail.template(), mail.id(), MailAddresses.mask(mail.recipient()));
            } catch (RuntimeException | MessagingException e) {
                mail.failed(describe(e), now, settings.backoff(), settings.maxAttempts());
                if (mail.status() == OutboxStatus.FAILED) {
                    log.error("Gave up mail {} #{} to {} after {} attempts: {}", mail.template(), mail.id(),
                            MailAddresses.mask(mail.recipient()), mail.attempts(), mail.lastError());
                } else {
                    log.warn("Mail {} #{} to {} not sent (attempt {}), next attempt at {}: {}", mail.template(),
                            mail.id(), MailAddresses.mask(mail.recipient()), mail.attempts(), mail.nextAttemptAt(),
                            mail.lastError());
                }
            }
            mails.save(mail);
        }
        return new Batch(due.size(), sent);
    }

    private MimeMessage message(OutboxMail mail, InternetAddress from, Instant now) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MailAttachment attachment = mail.attachment();
        MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        helper.setSentDate(Date.from(now));
        if (attachment != null) {
            // Read from the store at sending time; a file that is gone makes the attempt fail and retry.
            helper.addAttachment(attachment.fileName(), () -> files.open(attachment.storageKey()), attachment.mediaType());
        }
        message.setHeader("Content-Language", mail.locale());
        // JavaMailSenderImpl keeps a Message-ID that is already set: the same one on every attempt.
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    /** MAIL_FROM as given; without a display name, the office's name, so citizens see who writes. */
    private InternetAddress from() {
        InternetAddress from = settings.fromAddress();
        if (from.getPersonal() != null) {
            return from;
        }
        try {
            return new InternetAddress(from.getAddress(), office.profile().fullName().in(Locale.of("id")),
                    StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What went wrong, short and without addresses: the column and the log are no place for personal data. */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip();
        String text = root.getClass().getSimpleName() + message;
        if (root != e) {
            text = e.getClass().getSimpleName() + " / " + text;
        }
        text = MailAddresses.maskAll(text.replaceAll("\\s+", " "));
        return text.length() > OutboxMail.MAX_ERROR_LENGTH ? text.substring(0, OutboxMail.MAX_ERROR_LENGTH) : text;
    }
}
