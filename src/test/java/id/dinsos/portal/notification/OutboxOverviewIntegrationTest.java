package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;

/** The administrators' read-only view of the outbox: newest first, addresses masked, nothing of the contents. */
@IntegrationTest
class OutboxOverviewIntegrationTest {

    @Autowired
    OutboxOverview overview;
    @Autowired
    MailOutbox outbox;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void an_administrator_sees_the_latest_mail_masked_and_nobody_else_sees_any() {
        String recipient = "rahasia." + System.nanoTime() + "@contoh.id";
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.enqueue(recipient,
                MailTemplates.PASSWORD_RESET, Languages.INDONESIAN,
                Map.of("name", "Rahasia", "link", "https://portal.example/akun/atur-sandi?token=t0k3n", "expiresInMinutes", 60)));

        List<OutboxEntry> latest = TestUsers.callAs(TestUsers.admin(1), () -> overview.latest(0, 5));
        assertThat(latest).first().satisfies(mail -> {
            assertThat(mail.maskedRecipient()).isEqualTo("r***@contoh.id");
            assertThat(mail.template()).isEqualTo(MailTemplates.PASSWORD_RESET);
            assertThat(mail.status()).isEqualTo("PENDING");
            assertThat(mail.attempts()).isZero();
            assertThat(mail.nextAttemptAt()).isNotNull();
            assertThat(mail.sentAt()).isNull();
            assertThat(mail.toString()).doesNotContain("rahasia.").doesNotContain("t0k3n");
        });
        assertThat(TestUsers.callAs(TestUsers.admin(1), () -> overview.count())).isGreaterThanOrEqualTo(1);

        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.staff(2, "rehsos", StaffRole.HEAD_OF_OFFICE),
                () -> overview.latest(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.citizen(3), () -> overview.count()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
