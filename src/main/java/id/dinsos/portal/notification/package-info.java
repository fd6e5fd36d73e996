/**
 * Notifications: the e-mails the portal sends. A mail is queued with {@link id.dinsos.portal.notification.MailOutbox}
 * in the transaction of the change that causes it and sent from the outbox with retries; its texts are
 * templates under {@code templates/mail/} that an office edits.
 */
@NullMarked
package id.dinsos.portal.notification;

import org.jspecify.annotations.NullMarked;
