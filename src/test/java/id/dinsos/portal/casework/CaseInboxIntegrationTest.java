package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestAccounts.as;
import static id.dinsos.portal.account.TestUsers.callAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The inbox and the compliance figures on MariaDB, asked as real staff accounts: whose cases each scope
 * lists, every filter, the counts per state as the stored clock moves, and who is refused. Each test
 * marks its case with a kecamatan code of its own, so cases of other tests in the shared database do
 * not count.
 */
@IntegrationTest
class CaseInboxIntegrationTest {

    @Autowired
    CaseInbox inbox;
    @Autowired
    ComplianceReport compliance;
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
    OfficeService office;
    @Autowired
    Clock clock;

    Citizen pemohon;
    PortalUser kabid;
    PortalUser pelaksana;
    PortalUser pelaksanaLinjamsos;
    PortalUser kabidLinjamsos;
    long caseId;
    String marker;

    @BeforeEach
    void aSubmittedCase() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        kabid = staffMember(admin, "rehsos", StaffRole.HEAD_OF_DIVISION);
        pelaksana = staffMember(admin, "rehsos", StaffRole.VERIFIER);
        pelaksanaLinjamsos = staffMember(admin, "linjamsos", StaffRole.VERIFIER);
        kabidLinjamsos = staffMember(admin, "linjamsos", StaffRole.HEAD_OF_DIVISION);
        caseId = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        marker = "T" + caseId;
        jdbc.update("UPDATE casework_case SET district_code = ? WHERE id = ?", marker, caseId);
    }

    PortalUser staffMember(PortalUser admin, String unit, StaffRole role) {
        return TestStaff.member(staffService, admin, unit, role);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    InboxFilter mine() {
        return InboxFilter.of(InboxScope.MINE).withDistrict(marker);
    }

    InboxFilter unit() {
        return InboxFilter.of(InboxScope.UNIT).withDistrict(marker);
    }

    List<Long> ids(PortalUser user, InboxFilter filter) {
        return callAs(user, () -> inbox.page(filter, InboxSort.DUE, 0, 50)).stream().map(InboxRow::id).toList();
    }

    int count(PortalUser user, InboxFilter filter) {
        return callAs(user, () -> inbox.count(filter));
    }

    @Test
    void the_head_s_queue_is_in_mine_the_unit_s_verifier_sees_it_in_the_unit_only_other_units_see_nothing() {
        assertThat(ids(kabid, mine())).containsExactly(caseId);
        assertThat(ids(kabid, unit())).containsExactly(caseId);
        assertThat(count(kabid, mine())).isEqualTo(1);

        assertThat(ids(pelaksana, unit())).containsExactly(caseId);
        assertThat(ids(pelaksana, mine())).isEmpty();

        assertThat(ids(pelaksanaLinjamsos, unit())).isEmpty();
        assertThat(ids(kabidLinjamsos, mine())).isEmpty();
        assertThat(count(kabidLinjamsos, unit())).isZero();

        // Assigned to the verifier by name: now it is the verifier's own, and no longer the head's queue.
        jdbc.update("UPDATE casework_case SET holder_role = 'VERIFIER', holder_account_id = ? WHERE id = ?",
                pelaksana.accountId(), caseId);
        assertThat(ids(pelaksana, mine())).containsExactly(caseId);
        assertThat(ids(kabid, mine())).isEmpty();
        InboxRow row = callAs(pelaksana, () -> inbox.page(mine(), InboxSort.DUE, 0, 10)).getFirst();
        assertThat(row.holderName()).isNotBlank();
        assertThat(row.trackingNumber()).isNotBlank();
        assertThat(row.applicantName()).isEqualTo("Dewi Lestari");
        assertThat(row.state()).isEqualTo(InboxState.ON_TRACK);
    }

    @Test
    void a_citizen_and_an_administrator_are_refused_and_the_secretary_sees_every_unit() {
        assertThatThrownBy(() -> as(pemohon, () -> inbox.count(unit()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> callAs(TestUsers.admin(991_001), () -> inbox.page(unit(), InboxSort.DUE, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        PortalUser sekretaris = TestUsers.staff(991_002, TestUsers.SECRETARIAT, StaffRole.SECRETARY);
        assertThat(ids(sekretaris, unit())).containsExactly(caseId);
        // The secretary's queue is not the head of division's.
        assertThat(ids(sekretaris, mine())).isEmpty();
    }

    @Test
    void the_state_filter_and_the_counts_follow_the_stored_clock() {
        Map<InboxState, Integer> counts = callAs(kabid, () -> inbox.countsByState(unit()));
        assertThat(counts).containsEntry(InboxState.ON_TRACK, 1).containsEntry(InboxState.OVERDUE, 0)
                .containsEntry(InboxState.DUE_SOON, 0).containsEntry(InboxState.PAUSED, 0);
        assertThat(ids(kabid, unit().withState(InboxState.ON_TRACK))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withState(InboxState.OVERDUE))).isEmpty();

        Instant now = clock.instant();
        setClock(now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)));
        assertThat(callAs(kabid, () -> inbox.countsByState(unit()))).containsEntry(InboxState.ON_TRACK, 0)
                .containsEntry(InboxState.OVERDUE, 1);
        assertThat(ids(kabid, unit().withState(InboxState.OVERDUE))).containsExactly(caseId);

        setClock(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)));
        assertThat(ids(kabid, unit().withState(InboxState.DUE_SOON))).containsExactly(caseId);
        assertThat(callAs(kabid, () -> inbox.page(unit(), InboxSort.DUE, 0, 5)).getFirst().state())
                .isEqualTo(InboxState.DUE_SOON);

        jdbc.update("UPDATE casework_case SET paused_since = ? WHERE id = ?", Timestamp.from(now), caseId);
        assertThat(ids(kabid, unit().withState(InboxState.PAUSED))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withState(InboxState.DUE_SOON))).isEmpty();

        // Completed in time: out of the open list, in MET and with "include finished".
        jdbc.update("UPDATE casework_case SET paused_since = NULL, completed_at = ?, outcome = 'MET', "
                + "duration_minutes = 600, status = 'COMPLETED' WHERE id = ?", Timestamp.from(now), caseId);
        assertThat(ids(kabid, unit())).isEmpty();
        assertThat(ids(kabid, unit().withState(InboxState.MET))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withState(InboxState.MISSED))).isEmpty();
        assertThat(ids(kabid, unit().withFinished(true))).containsExactly(caseId);
        assertThat(callAs(kabid, () -> inbox.countsByState(unit().withFinished(true))))
                .containsEntry(InboxState.MET, 1).containsEntry(InboxState.ON_TRACK, 0);
    }

    @Test
    void ordered_by_deadline_or_by_submission_a_page_at_a_time() {
        long second = TestApplications.submittedAlatBantu(intake, store, pemohon, null,
                TestApplications.defaultUploads());
        jdbc.update("UPDATE casework_case SET district_code = ? WHERE id = ?", marker, second);
        Instant now = clock.instant();
        // The later submission has the nearer deadline.
        jdbc.update("UPDATE casework_case SET due_at = ?, due_soon_at = ? WHERE id = ?",
                Timestamp.from(now.plus(Duration.ofDays(1))), Timestamp.from(now.minus(Duration.ofDays(1))), second);
        jdbc.update("UPDATE casework_case SET submitted_at = ? WHERE id = ?",
                Timestamp.from(now.minus(Duration.ofDays(3))), caseId);

        assertThat(ids(kabid, unit())).containsExactly(second, caseId);
        assertThat(callAs(kabid, () -> inbox.page(unit(), InboxSort.SUBMITTED, 0, 50)))
                .extracting(InboxRow::id).containsExactly(caseId, second);
        assertThat(callAs(kabid, () -> inbox.page(unit(), InboxSort.DUE, 1, 1)))
                .extracting(InboxRow::id).containsExactly(caseId);
        assertThat(count(kabid, unit())).isEqualTo(2);
        assertThat(callAs(kabid, () -> inbox.countsByState(unit()))).containsEntry(InboxState.ON_TRACK, 1)
                .containsEntry(InboxState.DUE_SOON, 1);
    }

    @Test
    void service_status_and_submission_date_filters() {
        assertThat(ids(kabid, unit().withService("alat-bantu"))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withService("sjpp"))).isEmpty();
        assertThat(ids(kabid, unit().withStatus(ApplicationStatus.SUBMITTED))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withStatus(ApplicationStatus.IN_REVIEW))).isEmpty();

        LocalDate today = LocalDate.ofInstant(clock.instant(), office.profile().hours().zone());
        Instant submitted = callAs(kabid, () -> inbox.page(unit(), InboxSort.DUE, 0, 1)).getFirst().submittedAt();
        LocalDate day = LocalDate.ofInstant(submitted, office.profile().hours().zone());
        assertThat(ids(kabid, unit().withSubmitted(day, day))).containsExactly(caseId);
        assertThat(ids(kabid, unit().withSubmitted(day.plusDays(1), null))).isEmpty();
        assertThat(ids(kabid, unit().withSubmitted(null, day.minusDays(1)))).isEmpty();
        assertThat(day).isBeforeOrEqualTo(today);
    }

    @Test
    void the_month_s_compliance_counts_the_unit_s_completed_cases_and_is_refused_to_a_verifier() {
        ComplianceReport.ServiceCompliance before = alatBantu(kabid);
        jdbc.update("UPDATE casework_case SET completed_at = ?, outcome = 'MISSED', duration_minutes = 6000, "
                + "status = 'COMPLETED' WHERE id = ?", Timestamp.from(clock.instant()), caseId);
        ComplianceReport.ServiceCompliance after = alatBantu(kabid);
        assertThat(after.completed()).isEqualTo(before.completed() + 1);
        assertThat(after.met()).isEqualTo(before.met());
        assertThat(callAs(kabidLinjamsos, () -> compliance.month(compliance.currentMonth())))
                .noneMatch(r -> r.serviceCode().equals("alat-bantu"));
        assertThatThrownBy(() -> callAs(pelaksana, () -> compliance.openByUnit()))
                .isInstanceOf(AccessDeniedException.class);
        String csv = callAs(kabid, () -> compliance.csv(compliance.currentMonth(), java.util.Locale.ENGLISH));
        assertThat(csv.lines().filter(l -> l.contains("\"alat-bantu\"")).findFirst().orElseThrow())
                .contains("," + after.completed() + "," + after.met() + ",");
    }

    ComplianceReport.ServiceCompliance alatBantu(PortalUser user) {
        return callAs(user, () -> compliance.month(compliance.currentMonth())).stream()
                .filter(r -> r.serviceCode().equals("alat-bantu")).findFirst()
                .orElse(new ComplianceReport.ServiceCompliance("alat-bantu", "rehsos", 0, 0, 0, 0));
    }

    void setClock(Instant dueSoonAt, Instant dueAt) {
        jdbc.update("UPDATE casework_case SET due_soon_at = ?, due_at = ? WHERE id = ?", Timestamp.from(dueSoonAt),
                Timestamp.from(dueAt), caseId);
    }
}
