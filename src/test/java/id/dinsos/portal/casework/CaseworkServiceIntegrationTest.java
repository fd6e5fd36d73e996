package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestAccounts.as;
import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;

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
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.ApplicationSummary;
import id.dinsos.portal.intake.PublicTracking;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.intake.TrackingService;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.sla.SlaService;
import id.dinsos.portal.sla.SlaState;
import id.dinsos.portal.support.IntegrationTest;

/**
 * The back office on MariaDB, each call made as the person who would make it: a case opens on
 * submission with the engine's deadline, is routed down the chain, verified per requirement,
 * returned (the clock pauses) and resubmitted (it runs again), decided; who may see and do what;
 * two staff saving at once.
 */
@IntegrationTest
class CaseworkServiceIntegrationTest {

    @Autowired
    CaseworkService casework;
    @Autowired
    ApplicationService intake;
    @Autowired
    TrackingService tracking;
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
    @Autowired
    CatalogueService catalogue;

    Citizen pemohon;
    PortalUser kabid;
    PortalUser ketuaTim;
    PortalUser pelaksana;
    PortalUser pelaksanaLain;
    PortalUser pelaksanaLinjamsos;

    @BeforeEach
    void people() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Rahmawati");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        kabid = staffMember(admin, "rehsos", StaffRole.HEAD_OF_DIVISION);
        ketuaTim = staffMember(admin, "rehsos", StaffRole.TEAM_LEAD);
        pelaksana = staffMember(admin, "rehsos", StaffRole.VERIFIER);
        pelaksanaLain = staffMember(admin, "rehsos", StaffRole.VERIFIER);
        pelaksanaLinjamsos = staffMember(admin, "linjamsos", StaffRole.VERIFIER);
    }

    PortalUser staffMember(PortalUser admin, String unit, StaffRole role) {
        return TestStaff.member(staffService, admin, unit, role);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long submitted() {
        return TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
    }

    CaseDetails details(PortalUser user, long id) {
        return callAs(user, () -> casework.details(id));
    }

    @Test
    void a_submitted_application_opens_a_case_with_the_head_of_the_unit_and_the_engine_s_deadline() {
        long id = submitted();

        CaseDetails c = details(kabid, id);
        assertThat(c.holderRole()).isEqualTo(StaffRole.HEAD_OF_DIVISION);
        assertThat(c.holderAccountId()).isNull();
        assertThat(c.state()).isEqualTo(SlaState.ON_TRACK);
        Instant expected = sla.calculator().deadline(c.submittedAt(),
                catalogue.service("alat-bantu").orElseThrow().timeLimit()).toInstant();
        assertThat(c.dueAt()).isEqualTo(expected);
        assertThat(c.history()).extracting(CaseHistoryEntry::action).containsExactly(CaseActionType.OPENED);

        // The citizen and the public tracking page see the same deadline as the expected completion.
        ApplicationSummary mine = as(pemohon, () -> intake.mine()).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow();
        assertThat(mine.dueAt()).isEqualTo(expected);
        String number = mine.trackingNumber();
        String lastFour = pemohon.nik().substring(12);
        var outcome = tracking.track(number, lastFour);
        assertThat(outcome).isInstanceOf(TrackingService.Outcome.Found.class);
        PublicTracking found = ((TrackingService.Outcome.Found) outcome).tracking();
        assertThat(found.dueAt()).isEqualTo(expected);
    }

    @Test
    void the_stored_due_soon_instant_is_the_first_minute_at_which_the_engine_says_due_soon() {
        long id = submitted();
        CaseDetails c = details(kabid, id);
        Instant dueSoon = jdbc.queryForObject("SELECT due_soon_at FROM casework_case WHERE id = ?",
                java.sql.Timestamp.class, id).toInstant();
        var engine = sla.calculator().clock(c.submittedAt(), catalogue.service("alat-bantu").orElseThrow().timeLimit());
        assertThat(engine.state(dueSoon)).isEqualTo(SlaState.DUE_SOON);
        assertThat(engine.state(dueSoon.minusSeconds(60))).isEqualTo(SlaState.ON_TRACK);
        assertThat(dueSoon).isBefore(c.dueAt());
    }

    @Test
    void the_head_routes_down_the_chain_and_the_verifier_returns_exactly_the_wanting_items_pausing_the_clock() {
        long id = submitted();

        runAs(kabid, () -> casework.route(id, details(kabid, id).version(), ketuaTim.accountId(), "Mohon diproses"));
        assertThat(details(kabid, id).holderAccountId()).isEqualTo(ketuaTim.accountId());
        // Routing goes down only: a team lead cannot hand it to the head of division.
        assertThatThrownBy(() -> runAs(ketuaTim, () -> casework.route(id, details(ketuaTim, id).version(),
                kabid.accountId(), "naik"))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.error.route-down");
        runAs(ketuaTim, () -> casework.route(id, details(ketuaTim, id).version(), pelaksana.accountId(), "Verifikasi"));
        CaseDetails routed = details(pelaksana, id);
        assertThat(routed.holderAccountId()).isEqualTo(pelaksana.accountId());
        assertThat(routed.instruction()).isEqualTo("Verifikasi");

        runAs(pelaksana, () -> {
            casework.check(id, casework.details(id).version(), "ktp", Verdict.COMPLETE, null, null);
            casework.check(id, casework.details(id).version(), "kk", Verdict.WANTING, CommonReason.ILLEGIBLE,
                    "Foto buram");
        });
        assertThat(details(pelaksana, id).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        Instant dueBefore = details(pelaksana, id).dueAt();

        runAs(pelaksana, () -> casework.returnWanting(id, casework.details(id).version()));

        CaseDetails returned = details(pelaksana, id);
        assertThat(returned.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
        assertThat(returned.paused()).isTrue();
        var application = as(pemohon, () -> intake.details(id));
        assertThat(application.corrections().getLast().items()).singleElement().satisfies(item -> {
            assertThat(item.requirementCode()).isEqualTo("kk");
            assertThat(item.reason()).contains("Dokumen tidak terbaca jelas").contains("Foto buram");
        });

        // The citizen replaces the file and sends it back: the clock runs again, the deadline no earlier.
        as(pemohon, () -> {
            intake.attach(id, "kk", store.store(new ByteArrayInputStream(TestFiles.pdf()), "kk-baru.pdf"));
            intake.resubmit(id, true);
        });
        CaseDetails back = details(pelaksana, id);
        assertThat(back.paused()).isFalse();
        assertThat(back.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(back.dueAt()).isAfterOrEqualTo(dueBefore);
        assertThat(back.checks()).as("a new round starts without findings").isEmpty();
        assertThat(back.history()).extracting(CaseHistoryEntry::action).containsSubsequence(CaseActionType.OPENED,
                CaseActionType.ROUTED, CaseActionType.ROUTED, CaseActionType.REQUIREMENT_CHECKED,
                CaseActionType.RETURNED, CaseActionType.RESUBMITTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_pause WHERE case_id = ? AND resumed_at IS NOT NULL",
                Integer.class, id)).isEqualTo(1);

        // The verifier may approve alat-bantu (portal.casework.deciders[alat-bantu]); the citizen sees it.
        runAs(pelaksana, () -> casework.decide(id, casework.details(id).version(), true, null));
        assertThat(details(pelaksana, id).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(as(pemohon, () -> intake.details(id)).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(details(pelaksana, id).decision()).isNotNull();
    }

    @Test
    void a_rejection_needs_reasons_that_reach_the_applicant_and_completes_the_clock() {
        long id = submitted();
        assertThatThrownBy(() -> runAs(kabid, () -> casework.decide(id, details(kabid, id).version(), false, " ")))
                .isInstanceOf(CaseRefusedException.class).hasMessage("casework.error.reasons-required");

        runAs(kabid, () -> casework.decide(id, details(kabid, id).version(), false,
                "Bantuan kursi roda sudah diterima dari program lain tahun ini."));

        CaseDetails c = details(kabid, id);
        assertThat(c.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(c.completedAt()).isNotNull();
        assertThat(c.state()).isEqualTo(SlaState.MET);
        var timeline = as(pemohon, () -> intake.details(id)).timeline();
        assertThat(timeline.getLast().note()).contains("sudah diterima dari program lain");
        assertThat(as(pemohon, () -> intake.mine()).stream().filter(s -> s.id() == id).findFirst().orElseThrow()
                .dueAt()).as("no expected completion once decided").isNull();
    }

    @Test
    void waiting_for_an_outside_party_pauses_and_its_document_resumes_the_clock() {
        long id = submitted();
        runAs(kabid, () -> casework.awaitOutside(id, details(kabid, id).version(), "Dinas Sosial Provinsi Jawa Barat",
                "Surat keputusan"));
        assertThat(details(kabid, id).status()).isEqualTo(ApplicationStatus.WAITING_EXTERNAL);
        assertThat(details(kabid, id).paused()).isTrue();
        assertThatThrownBy(() -> runAs(kabid, () -> casework.decide(id, details(kabid, id).version(), true, null)))
                .isInstanceOf(CaseRefusedException.class);

        runAs(kabid, () -> casework.outsideReceived(id, details(kabid, id).version(), "460/123/Dinsos",
                java.time.LocalDate.of(2026, 11, 20), null));
        CaseDetails c = details(kabid, id);
        assertThat(c.paused()).isFalse();
        assertThat(c.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(c.outside()).singleElement().satisfies(o -> {
            assertThat(o.documentNumber()).isEqualTo("460/123/Dinsos");
            assertThat(o.receivedAt()).isNotNull();
        });
    }

    @Test
    void two_staff_saving_at_once_the_second_is_refused_and_nothing_is_overwritten() {
        long id = submitted();
        runAs(kabid, () -> casework.route(id, details(kabid, id).version(), ketuaTim.accountId(), "Proses"));
        int seen = details(ketuaTim, id).version();

        runAs(ketuaTim, () -> casework.route(id, seen, pelaksana.accountId(), "Untuk A"));
        assertThatThrownBy(() -> runAs(kabid, () -> casework.reassign(id, seen, pelaksanaLain.accountId(), "Untuk B")))
                .isInstanceOf(CaseChangedException.class);
        assertThat(details(kabid, id).holderAccountId()).isEqualTo(pelaksana.accountId());
    }

    @Test
    void staff_of_another_unit_and_citizens_learn_nothing_and_verifiers_neither_route_up_nor_decide_elsewhere() {
        long id = submitted();
        assertThatThrownBy(() -> details(pelaksanaLinjamsos, id)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> runAs(pelaksanaLinjamsos, () -> casework.decide(id, 0, true, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(pemohon, () -> casework.details(id))).isInstanceOf(RecordNotFoundException.class);
        // A pelaksana who does not hold the case cannot route it (it waits with the head of division).
        assertThatThrownBy(() -> runAs(pelaksana, () -> casework.route(id, details(pelaksana, id).version(),
                pelaksanaLain.accountId(), "x"))).isInstanceOf(AccessDeniedException.class);
        // Reassigning is for team leads and heads.
        assertThatThrownBy(() -> runAs(pelaksana, () -> casework.reassign(id, details(pelaksana, id).version(),
                pelaksanaLain.accountId(), "x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(details(pelaksana, id).allowed().route()).isFalse();
        assertThat(details(kabid, id).allowed().route()).isTrue();
    }

    @Test
    void a_withdrawn_application_closes_its_case_out_of_the_figures() {
        long id = submitted();
        as(pemohon, () -> intake.withdraw(id, "Sudah dapat bantuan"));
        CaseDetails c = details(kabid, id);
        assertThat(c.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(c.completedAt()).isNotNull();
        assertThat(c.state()).isNull();
        assertThat(jdbc.queryForObject("SELECT outcome FROM casework_case WHERE id = ?", String.class, id))
                .isEqualTo("CLOSED");
        assertThat(List.of(c.allowed().route(), c.allowed().verify(), c.allowed().decide())).containsOnly(false);
    }
}
