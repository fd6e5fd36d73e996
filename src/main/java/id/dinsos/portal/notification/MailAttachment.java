package id.dinsos.portal.notification;

import org.springframework.util.Assert;

/**
 * A file sent with a mail: its key in the file store (read when the mail is sent, never copied into the
 * outbox), the name the reader sees, and its media type.
 */
public record MailAttachment(String storageKey, String fileName, String mediaType) {

    public MailAttachment {
        Assert.hasText(storageKey, "storageKey is required");
        Assert.hasText(fileName, "fileName is required");
        Assert.isTrue(fileName.length() <= 200, "fileName is at most 200 characters");
        Assert.hasText(mediaType, "mediaType is required");
    }
}
