package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.TestSmtp;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The outbox on a real MariaDB, sending to a real SMTP server (GreenMail) that the tests stop and start. */
@IntegrationTest
class MailOutboxIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboxMails mails;
    @Autowired
    MailSettings settings;
    @Autowired
    OfficeService office;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    id.dinsos.portal.shared.storage.FileStore files;

    TransactionTemplate transaction;

    @BeforeEach
    void startWithAnEmptyOutbox() {
        transaction = new TransactionTemplate(transactions);
        jdbc.update("DELETE FROM notification_outbox");
    }

    private static Map<String, Object> verification(String name) {
        return Map.of("name", name, "link", "https://portal.example/daftar/konfirmasi?token=abc123", "expiresInHours", 24);
    }

    private void enqueueCommitted(String recipient, Locale locale) {
        transaction.executeWithoutResult(status ->
                outbox.enqueue(recipient, MailTemplates.VERIFY_EMAIL, locale, verification("Budi Santoso")));
    }

    @Test
    void a_mail_queued_in_a_committed_transaction_is_delivered_exactly_once_in_the_readers_language() throws Exception {
        enqueueCommitted("budi@example.org", Languages.ENGLISH);
        enqueueCommitted("siti@example.org", Languages.INDONESIAN);

        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(sender.sendDue()).as("a second run finds nothing due").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage english = byRecipient(received, "budi@example.org");
        assertThat(english.getSubject()).isEqualTo("Please confirm your e-mail address for the Social Services Portal");
        assertThat((String) english.getContent())
                .startsWith("Dear Budi Santoso,")
                .contains("https://portal.example/daftar/konfirmasi?token=abc123")
                .contains("valid for 24 hours")
                .contains("Social Affairs Office of Bekasi Regency")
                .contains("Phone: 021-89970065, 021-89970129")
                .doesNotContain("{{");
        InternetAddress from = (InternetAddress) english.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@portal.test");
        assertThat(from.getPersonal()).isEqualTo("Dinas Sosial Kabupaten Bekasi");

        MimeMessage indonesian = byRecipient(received, "siti@example.org");
        assertThat(indonesian.getSubject()).isEqualTo("Konfirmasi alamat e-mail Anda di Portal Layanan Sosial");
        assertThat((String) indonesian.getContent())
                .startsWith("Yth. Bapak/Ibu Budi Santoso,")
                .contains("berlaku selama 24 jam")
                .contains("Dinas Sosial Kabupaten Bekasi")
                .contains("Telepon: 021-89970065");

        OutboxMail stored = mails.findByMessageId(TestSmtp.messageId(english)).orElseThrow();
        assertThat(stored.recipient()).isEqualTo("budi@example.org");
        assertThat(stored.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.messageId()).matches("<[0-9a-f-]{36}\\.portal@portal\\.test>");
        assertThat(TestSmtp.countByMessageId(received)).containsOnlyKeys(
                stored.messageId(), TestSmtp.messageId(indonesian)).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void a_rolled_back_transaction_leaves_no_outbox_row_and_sends_nothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue("budi@example.org", MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN, verification("Budi"));
            throw new IllegalStateException("the registration failed after the mail was queued");
        })).hasMessageContaining("registration failed");

        assertThat(mails.count()).isZero();
        assertThat(sender.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void queuing_outside_a_transaction_fails_and_queues_nothing() {
        assertThatThrownBy(() -> outbox.enqueue("budi@example.org", MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN,
                verification("Budi"))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(mails.count()).isZero();
    }

    @Test
    void a_bad_address_or_a_missing_value_fails_the_callers_whole_transaction() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.enqueue("budi@example.org", MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN, verification("Budi"));
            outbox.enqueue("siti.rahayu@example", MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN, verification("Siti"));
        })).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("s***@example")
                .hasMessageNotContaining("siti.rahayu");
        assertThat(mails.count()).as("the mail queued before the failure is rolled back too").isZero();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> outbox.enqueue("budi@example.org",
                MailTemplates.PASSWORD_RESET, Languages.ENGLISH, Map.of("name", "Budi", "link", "https://x.example/r"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{{expiresInMinutes}}");
        assertThat(mails.count()).isZero();
    }

    @Test
    void with_the_mail_server_down_mail_waits_and_is_delivered_exactly_once_when_it_is_back() {
        smtp.stop();
        enqueueCommitted("budi@example.org", Languages.INDONESIAN);
        enqueueCommitted("siti@example.org", Languages.ENGLISH);
        enqueueCommitted("agus@example.org", Languages.INDONESIAN);
        // The database keeps microseconds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);

        assertThat(sender.sendDue(now)).isZero();
        assertThat(mails.findAll()).hasSize(3).allSatisfy(mail -> {
            assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.nextAttemptAt()).isEqualTo(now.plus(settings.retryBase())).isAfter(now);
            assertThat(mail.lastError()).isNotBlank().doesNotContain("budi@").doesNotContain("siti@")
                    .doesNotContain("agus@");
        });

        assertThat(sender.sendDue(now.plusSeconds(10))).as("nothing is due before the backoff has passed").isZero();
        assertThat(mails.findAll()).allSatisfy(mail -> assertThat(mail.attempts()).isEqualTo(1));

        Instant second = now.plus(settings.retryBase());
        assertThat(sender.sendDue(second)).isZero();
        assertThat(mails.findAll()).allSatisfy(mail -> {
            assertThat(mail.attempts()).isEqualTo(2);
            assertThat(mail.nextAttemptAt()).isEqualTo(second.plus(settings.retryBase().multipliedBy(2)));
        });

        smtp.start();
        Instant later = now.plus(Duration.ofHours(1));
        assertThat(sender.sendDue(later)).isEqualTo(3);
        assertThat(sender.sendDue(later.plus(Duration.ofHours(1)))).isZero();

        List<String> queuedIds = mails.findAll().stream().map(OutboxMail::messageId).toList();
        assertThat(TestSmtp.countByMessageId(smtp.getReceivedMessages()))
                .containsOnlyKeys(queuedIds)
                .allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
        assertThat(mails.findAll()).allSatisfy(mail -> {
            assertThat(mail.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(mail.attempts()).isEqualTo(3);
            assertThat(mail.sentAt()).isEqualTo(later);
        });
    }

    @Test
    void a_mail_is_marked_failed_after_the_last_attempt_and_then_left_alone() {
        smtp.stop();
        enqueueCommitted("budi@example.org", Languages.INDONESIAN);
        Instant at = clock.instant();
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            OutboxMail before = mails.findAll().getFirst();
            assertThat(before.status()).as("before attempt " + attempt).isEqualTo(OutboxStatus.PENDING);
            at = before.nextAttemptAt();
            sender.sendDue(at);
        }
        OutboxMail failed = mails.findAll().getFirst();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(failed.nextAttemptAt()).isNull();

        smtp.start();
        assertThat(sender.sendDue(at.plus(Duration.ofDays(1)))).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void senders_running_at_once_never_send_the_same_mail_twice() throws Exception {
        int count = 3 * settings.batchSize() + 5;
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue("warga" + i + "@example.org", MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN,
                        verification("Warga " + i));
            }
        });

        int nodes = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<Integer>> runs = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return sender.sendDue();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> delivered = TestSmtp.countByMessageId(smtp.getReceivedMessages());
        assertThat(delivered).hasSize(count).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
        assertThat(mails.countByStatus(OutboxStatus.SENT)).isEqualTo(count);
    }

    @Test
    void without_a_mail_server_configured_mail_stays_queued_with_its_attempts_unspent() {
        enqueueCommitted("budi@example.org", Languages.INDONESIAN);
        OutboxSender unconfigured = new OutboxSender(mails, files, new JavaMailSenderImpl(), settings, office, transactions,
                clock);

        assertThat(unconfigured.sendDue(clock.instant().plus(Duration.ofHours(1)))).isZero();

        OutboxMail mail = mails.findAll().getFirst();
        assertThat(mail.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(mail.attempts()).isZero();
        assertThat(sender.sendDue()).as("the configured sender then delivers it").isEqualTo(1);
    }

    private static MimeMessage byRecipient(MimeMessage[] messages, String address) throws Exception {
        for (MimeMessage message : messages) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No mail to " + address);
    }
}
