package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.dinsos.portal.notification.OutboxSender;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.TestSmtp;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** With the mail server down, people still register; when it is back, each gets exactly one mail. */
@IntegrationTest
class RegistrationMailIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    RegistrationService registration;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registrations_succeed_while_smtp_is_down_and_every_verification_mail_arrives_once_when_it_is_back() {
        smtp.stop();
        List<Registration> forms = List.of(TestCitizens.form(), TestCitizens.form(), TestCitizens.form());
        for (Registration form : forms) {
            assertThat(registration.register(form, Languages.INDONESIAN)).isPositive();
        }
        sender.sendDue();
        for (Registration form : forms) {
            assertThat(jdbc.queryForObject("SELECT status FROM notification_outbox WHERE recipient = ?", String.class,
                    form.email())).as("kept, not lost").isEqualTo("PENDING");
        }

        smtp.start();
        // Past every backoff: the sender is driven with a later instant rather than by waiting.
        jdbc.update("UPDATE notification_outbox SET next_attempt_at = '2000-01-01 00:00:00' WHERE status = 'PENDING'");
        // Other tests' registrations are queued too: send until nothing is due (bounded).
        for (int run = 0; run < 50 && sender.sendDue() > 0; run++) {
            // keep sending
        }

        for (Registration form : forms) {
            List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> to(m).contains(form.email())).toList();
            assertThat(received).as(form.email()).hasSize(1);
            assertThat(jdbc.queryForObject("SELECT status FROM notification_outbox WHERE recipient = ?", String.class,
                    form.email())).isEqualTo("SENT");
        }
    }

    private static String to(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "" : Arrays.toString(recipients);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
