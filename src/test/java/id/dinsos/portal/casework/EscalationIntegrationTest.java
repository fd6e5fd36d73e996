package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffForm;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.sla.SlaService;
import id.dinsos.portal.sla.WorkingCalendar;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The escalation ladder on MariaDB with the real outbox: time is moved by setting a case's due
 * instants in the past. Due soon tells the holder and the team lead; overdue goes up the chain a step
 * at a time (team lead, head of division a working day later, secretary, head of office); each step
 * once, also with two runs at the same moment; a paused case is left alone.
 */
@IntegrationTest
class EscalationIntegrationTest {

    @Autowired
    Escalation escalation;
    @Autowired
    CaseworkService casework;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SlaService sla;

    Citizen pemohon;
    Person kabid;
    Person ketuaTim;
    Person pelaksana;
    Person sekretaris;
    Person kadis;

    record Person(PortalUser user, String email, String name) {
    }

    @BeforeEach
    void people() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Ahmad Fauzi");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        kabid = staffMember(admin, "rehsos", StaffRole.HEAD_OF_DIVISION);
        ketuaTim = staffMember(admin, "rehsos", StaffRole.TEAM_LEAD);
        pelaksana = staffMember(admin, "rehsos", StaffRole.VERIFIER);
        sekretaris = staffMember(admin, TestUsers.SECRETARIAT, StaffRole.SECRETARY);
        kadis = staffMember(admin, TestUsers.SECRETARIAT, StaffRole.HEAD_OF_OFFICE);
    }

    Person staffMember(PortalUser admin, String unit, StaffRole role) {
        StaffForm form = TestStaff.form(unit, role);
        long id = callAs(admin, () -> staffService.create(form));
        return new Person(TestUsers.staff(id, unit, role), form.email(), form.fullName());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    /** A submitted alat-bantu case routed by the head of division to the pelaksana; its tracking number. */
    long routedCase() {
        long id = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        runAs(kabid.user(), () -> casework.route(id, casework.details(id).version(), pelaksana.user().accountId(),
                "Mohon diverifikasi"));
        return id;
    }

    String trackingNumber(long id) {
        return callAs(kabid.user(), () -> casework.details(id)).trackingNumber();
    }

    void due(long id, Instant dueSoonAt, Instant dueAt) {
        jdbc.update("UPDATE casework_case SET due_soon_at = ?, due_at = ? WHERE id = ?", Timestamp.from(dueSoonAt),
                Timestamp.from(dueAt), id);
    }

    int mails(Person to, String template, long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient = ? AND template = ? "
                + "AND body LIKE ?", Integer.class, to.email(), template, "%" + trackingNumber(id) + "%");
    }

    int level(long id) {
        return jdbc.queryForObject("SELECT escalation_level FROM casework_case WHERE id = ?", Integer.class, id);
    }

    List<Integer> steps(long id) {
        return jdbc.queryForList("SELECT level FROM casework_escalation WHERE case_id = ? ORDER BY level",
                Integer.class, id);
    }

    /** A due instant for which exactly one working day has passed since (step 3, not yet step 4). */
    Instant oneWorkingDayOverdue(Instant now) {
        WorkingCalendar calendar = sla.calendar();
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        // The latest working day whose office hours have ended...
        while (!calendar.isWorkingDay(day) || calendar.closing(day).toInstant().isAfter(now)) {
            day = day.minusDays(1);
        }
        // ... and the working day before it: due at its close, one working day has passed since.
        LocalDate before = day.minusDays(1);
        while (!calendar.isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return calendar.closing(before).toInstant();
    }

    @Test
    void due_soon_tells_the_holder_and_team_lead_then_the_chain_above_is_told_step_by_step_each_once() {
        long id = routedCase();
        Instant now = Instant.now();
        assertThat(escalation.run()).as("nothing is due yet").isZero();
        assertThat(level(id)).isZero();

        // Due soon: the pelaksana who holds it and the team lead; not the head of division.
        due(id, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));
        int seenByPelaksana = callAs(pelaksana.user(), () -> casework.details(id)).version();
        escalation.run();
        // A reminder is no change to the case: the pelaksana's screen, loaded before it, still saves.
        runAs(pelaksana.user(), () -> casework.check(id, seenByPelaksana, "ktp", Verdict.COMPLETE, null, null));
        assertThat(mails(pelaksana, "case-due-soon", id)).isEqualTo(1);
        assertThat(mails(ketuaTim, "case-due-soon", id)).isEqualTo(1);
        assertThat(mails(kabid, "case-due-soon", id)).isZero();
        assertThat(level(id)).isEqualTo(1);
        escalation.run();
        assertThat(mails(pelaksana, "case-due-soon", id)).as("never twice").isEqualTo(1);

        // Overdue: the team lead (and the holder); the head of division only a working day later.
        due(id, now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1)));
        escalation.run();
        assertThat(mails(ketuaTim, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(pelaksana, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(kabid, "case-overdue", id)).isZero();
        assertThat(level(id)).isEqualTo(2);

        due(id, now.minus(Duration.ofDays(20)), oneWorkingDayOverdue(now));
        escalation.run();
        assertThat(mails(kabid, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(sekretaris, "case-overdue", id)).isZero();
        assertThat(level(id)).isEqualTo(3);

        // Long overdue: the secretary and then the head of office, each once.
        due(id, now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(30)));
        escalation.run();
        escalation.run();
        assertThat(mails(sekretaris, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(kadis, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(ketuaTim, "case-overdue", id)).as("the team lead is not told again").isEqualTo(1);
        assertThat(level(id)).isEqualTo(Escalation.TOP);
        assertThat(steps(id)).containsExactly(1, 2, 3, 4, 5);
        assertThat(callAs(kabid.user(), () -> casework.details(id)).history()).extracting(CaseHistoryEntry::action)
                .filteredOn(a -> a == CaseActionType.ESCALATED).hasSize(5);
        // The mail names the case and links to it.
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? AND template = ?",
                String.class, kadis.email(), "case-overdue");
        assertThat(body).contains(trackingNumber(id)).contains("/kasus/" + id).contains(kadis.name());
    }

    @Test
    void an_unassigned_case_tells_the_holder_role_of_the_unit_and_an_overdue_one_skips_the_due_soon_notice() {
        long id = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        Instant now = Instant.now();
        due(id, now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1)));
        escalation.run();
        assertThat(steps(id)).containsExactly(2);
        // Waiting in the head of division's queue: the unit's heads of division hear of it, with the team lead.
        assertThat(mails(kabid, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(ketuaTim, "case-overdue", id)).isEqualTo(1);
        assertThat(mails(kabid, "case-due-soon", id)).isZero();
    }

    @Test
    void a_paused_case_is_not_escalated_and_two_runs_at_once_send_a_step_once() throws Exception {
        long paused = routedCase();
        runAs(pelaksana.user(), () -> casework.awaitOutside(paused, casework.details(paused).version(), "Dinas Sosial "
                + "Provinsi", "Surat rekomendasi"));
        long running = routedCase();
        Instant now = Instant.now();
        due(paused, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
        due(running, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> job = escalation::run;
            List<Future<Integer>> results = pool.invokeAll(List.of(job, job));
            for (Future<Integer> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(steps(paused)).isEmpty();
        assertThat(level(paused)).isZero();
        assertThat(steps(running)).containsExactly(1);
        assertThat(mails(pelaksana, "case-due-soon", running)).isEqualTo(1);
        assertThat(mails(ketuaTim, "case-due-soon", running)).isEqualTo(1);
    }
}
