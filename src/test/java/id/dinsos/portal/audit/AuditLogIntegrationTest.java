package id.dinsos.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.support.IntegrationTest;

/** AuditLog on MariaDB: who the actor is, and that an event commits only with the change it records. */
@IntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private Map<String, Object> event(String subjectId) {
        return jdbc.queryForMap("SELECT * FROM audit_event WHERE subject_type = 'TEST' AND subject_id = ?", subjectId);
    }

    private long count(String subjectId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'TEST' AND subject_id = ?",
                Long.class, subjectId);
    }

    @Test
    void the_actor_is_the_signed_in_person_or_else_the_system() {
        String asStaff = "staff-" + System.nanoTime();
        TestUsers.runAs(TestUsers.staff(42, "rehsos", StaffRole.VERIFIER),
                () -> audit.record("TEST_DONE", "TEST", asStaff, "step=1"));
        assertThat(event(asStaff)).containsEntry("actor_kind", "STAFF").containsEntry("actor_account_id", 42L)
                .containsEntry("action", "TEST_DONE").containsEntry("detail", "step=1");

        String asCitizen = "citizen-" + System.nanoTime();
        TestUsers.runAs(TestUsers.citizen(7), () -> audit.record("TEST_DONE", "TEST", asCitizen, null));
        assertThat(event(asCitizen)).containsEntry("actor_kind", "CITIZEN").containsEntry("actor_account_id", 7L);

        String bySystem = "system-" + System.nanoTime();
        audit.record("TEST_DONE", "TEST", bySystem, null);
        assertThat(event(bySystem)).containsEntry("actor_kind", "SYSTEM").containsEntry("ip", null);
        assertThat(event(bySystem).get("actor_account_id")).isNull();
    }

    @Test
    void an_event_recorded_in_a_transaction_that_rolls_back_is_gone_with_it() {
        String subject = "rollback-" + System.nanoTime();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            audit.record("TEST_DONE", "TEST", subject, null);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count(subject)).isZero();

        transaction.executeWithoutResult(status -> audit.record("TEST_DONE", "TEST", subject, null));
        assertThat(count(subject)).isEqualTo(1);
    }

    @Test
    void an_action_must_be_a_code_and_a_long_detail_is_cut() {
        assertThatThrownBy(() -> audit.record("staff created", "TEST", "x", null)).isInstanceOf(IllegalArgumentException.class);
        String subject = "long-" + System.nanoTime();
        audit.record("TEST_DONE", "TEST", subject, "x".repeat(1500));
        assertThat((String) event(subject).get("detail")).hasSize(1000);
    }

    @Test
    void only_administrators_read_the_trail() {
        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.staff(1, "rehsos", StaffRole.HEAD_OF_OFFICE),
                () -> audit.latest(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.citizen(1), () -> audit.count()))
                .isInstanceOf(AccessDeniedException.class);
        String subject = "read-" + System.nanoTime();
        audit.record("TEST_READ", "TEST", subject, null);
        assertThat(TestUsers.callAs(TestUsers.admin(1), () -> audit.latest(0, 5))).isNotEmpty()
                .first().satisfies(e -> assertThat(e.occurredAt()).isNotNull());
        assertThat(TestUsers.callAs(TestUsers.admin(1), () -> audit.about("TEST", subject)))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("TEST_READ"));
        assertThat(TestUsers.callAs(TestUsers.admin(1), () -> audit.count())).isPositive();
    }
}
