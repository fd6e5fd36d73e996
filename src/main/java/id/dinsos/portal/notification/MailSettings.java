package id.dinsos.portal.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * How the outbox sends (environment variables in brackets; see the README's table). The mail server
 * itself is Spring's {@code spring.mail.*} ({@code MAIL_HOST}, {@code MAIL_PORT}, ...).
 *
 * @param from              the sender, {@code no-reply@dinsos.example.go.id} or
 *                          {@code Dinas Sosial <no-reply@...>} ({@code MAIL_FROM}); without a name the
 *                          office's name is shown
 * @param pollInterval      the pause between two looks at the outbox ({@code MAIL_POLL_INTERVAL})
 * @param retryBase         the wait after the first failed attempt, doubled after each further one
 * @param retryMax          the longest wait between two attempts
 * @param maxAttempts       after this many failed attempts a mail is marked FAILED and left alone
 * @param batchSize         how many mails one transaction locks and sends
 * @param schedulingEnabled whether this node sends at all (tests drive the sender themselves)
 * @param demoSmtpPort      the port of the demo's embedded mail sink; 0 picks a free one
 */
@ConfigurationProperties("portal.mail")
record MailSettings(
        @DefaultValue("no-reply@portal.local") String from,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT30S") Duration retryBase,
        @DefaultValue("PT1H") Duration retryMax,
        @DefaultValue("20") int maxAttempts,
        @DefaultValue("10") int batchSize,
        @DefaultValue("true") boolean schedulingEnabled,
        @DefaultValue("0") int demoSmtpPort) {

    MailSettings {
        Assert.isTrue(maxAttempts >= 1, "portal.mail.max-attempts must be at least 1");
        Assert.isTrue(batchSize >= 1, "portal.mail.batch-size must be at least 1");
        Assert.isTrue(pollInterval.isPositive(), "portal.mail.poll-interval must be positive");
        fromAddress(from);
    }

    Backoff backoff() {
        return new Backoff(retryBase, retryMax);
    }

    /** The sender as an address, its display name when MAIL_FROM gives one. */
    InternetAddress fromAddress() {
        return fromAddress(from);
    }

    /** The domain of the sender, which also names the portal in each mail's Message-ID. */
    String domain() {
        String address = fromAddress().getAddress();
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static InternetAddress fromAddress(String from) {
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("portal.mail.from (MAIL_FROM) is not an e-mail address: " + from, e);
        }
    }
}
