package id.dinsos.portal.notification;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

/**
 * A mail in the outbox: rendered once when queued, then attempted until the server accepts it or the
 * attempts run out. An aggregate of its own, so the sender can lock and update one row at a time.
 */
@Table("notification_outbox")
class OutboxMail {

    /** Mail servers' error texts can be long; the column keeps the start, which says what happened. */
    static final int MAX_ERROR_LENGTH = 255;

    @Id
    private @Nullable Long id;
    private final String recipient;
    private final String locale;
    private final String template;
    private final String subject;
    private final String body;
    private OutboxStatus status;
    private int attempts;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;
    private final Instant createdAt;
    private @Nullable Instant sentAt;
    private final String messageId;
    private final @Nullable String attachmentKey;
    private final @Nullable String attachmentName;
    private final @Nullable String attachmentType;
    @Version
    private @Nullable Integer version;

    OutboxMail(@Nullable Long id, String recipient, String locale, String template, String subject, String body,
               OutboxStatus status, int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError,
               Instant createdAt, @Nullable Instant sentAt, String messageId, @Nullable String attachmentKey,
               @Nullable String attachmentName, @Nullable String attachmentType, @Nullable Integer version) {
        this.id = id;
        this.recipient = recipient;
        this.locale = locale;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.createdAt = createdAt;
        this.sentAt = sentAt;
        this.messageId = messageId;
        this.attachmentKey = attachmentKey;
        this.attachmentName = attachmentName;
        this.attachmentType = attachmentType;
        this.version = version;
    }

    /** A new mail, due at once. */
    static OutboxMail queue(String recipient, RenderedMail mail, String messageId, Instant now) {
        return queue(recipient, mail, messageId, null, now);
    }

    /** A new mail with a file from the file store, due at once. */
    static OutboxMail queue(String recipient, RenderedMail mail, String messageId, @Nullable MailAttachment attachment,
                            Instant now) {
        Assert.isTrue(MailAddresses.isValid(recipient), "not an e-mail address");
        Assert.hasText(messageId, "a Message-ID is required");
        return new OutboxMail(null, recipient, mail.language(), mail.template(), mail.subject(), mail.body(),
                OutboxStatus.PENDING, 0, now, null, now, null, messageId,
                attachment == null ? null : attachment.storageKey(), attachment == null ? null : attachment.fileName(),
                attachment == null ? null : attachment.mediaType(), null);
    }

    /** The file to send with the mail, if any. */
    @Nullable MailAttachment attachment() {
        return attachmentKey == null || attachmentName == null || attachmentType == null ? null
                : new MailAttachment(attachmentKey, attachmentName, attachmentType);
    }

    void sent(Instant now) {
        Assert.state(status == OutboxStatus.PENDING, "only a pending mail is sent");
        attempts++;
        status = OutboxStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Records a failed attempt: the next one after the backoff, or FAILED when the attempts are used up. */
    void failed(String error, Instant now, Backoff backoff, int maxAttempts) {
        Assert.state(status == OutboxStatus.PENDING, "only a pending mail is attempted");
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
            nextAttemptAt = null;
        } else {
            Duration delay = backoff.delayAfter(attempts);
            nextAttemptAt = now.plus(delay);
        }
    }

    @Nullable Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String locale() {
        return locale;
    }

    String template() {
        return template;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    OutboxStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    @Nullable Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable Instant sentAt() {
        return sentAt;
    }

    String messageId() {
        return messageId;
    }
}
