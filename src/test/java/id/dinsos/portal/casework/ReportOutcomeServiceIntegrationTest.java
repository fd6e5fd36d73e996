package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestAccounts.as;
import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
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
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Report-based services on MariaDB: an ODGJ report lands with the team; the team's verifier records the
 * outcome (a referral names where to) and the berita acara serah terima as data; another unit, a
 * citizen and a stale screen are refused; an application (not a report) takes neither.
 */
@IntegrationTest
class ReportOutcomeServiceIntegrationTest {

    @Autowired
    ReportOutcomeService reports;
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

    Citizen pelapor;
    PortalUser ketuaTim;
    PortalUser pelaksana;
    PortalUser pelaksanaLinjamsos;

    @BeforeEach
    void people() {
        pelapor = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        ketuaTim = staffMember(admin, unit(), StaffRole.TEAM_LEAD);
        pelaksana = staffMember(admin, unit(), StaffRole.VERIFIER);
        pelaksanaLinjamsos = staffMember(admin, "linjamsos", StaffRole.VERIFIER);
    }

    static String unit() {
        return "rehsos";
    }

    PortalUser staffMember(PortalUser admin, String unit, StaffRole role) {
        return TestStaff.member(staffService, admin, unit, role);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long report() {
        long id = as(pelapor, () -> {
            long draft = intake.startDraft("odgj", null, null, null);
            intake.saveAnswers(draft, null, Map.of("kejadian", "Seorang perempuan berjalan tanpa alas kaki di jalan raya",
                    "lokasi-desa", "32.16.05.2001", "lokasi-detail", "Jalan Raya Cikarang, depan pasar",
                    "tanggal-kejadian", "2026-11-20", "dalam-bahaya", "ya", "keluarga-diketahui", "tidak",
                    "hubungan-pelapor", "tetangga"), intake.details(draft).version());
            return draft;
        });
        as(pelapor, () -> intake.submit(id, true));
        return id;
    }

    Handover handover(long officer) {
        return new Handover(LocalDateTime.of(2026, 11, 21, 14, 0), "Kantor Dinas Sosial", officer, "Sumarni",
                "Kakak kandung", "0812-3456-7890", "Ny. S (45 tahun)", "Dalam keadaan sehat");
    }

    @Test
    void the_team_records_a_referral_and_the_handover_as_data_in_the_case_history() {
        long id = report();
        CaseDetails opened = callAs(pelaksana, () -> casework.details(id));
        assertThat(opened.holderRole()).as("a report lands with the team").isEqualTo(StaffRole.VERIFIER);
        ReportRecord before = callAs(pelaksana, () -> reports.report(id));
        assertThat(before.report()).isTrue();
        assertThat(before.mayRecord()).isTrue();

        assertThatThrownBy(() -> runAs(pelaksana, () -> reports.recordOutcome(id, before.version(),
                ReportOutcome.REFERRED, " ", null))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.report.error.referred-to-required");
        runAs(pelaksana, () -> reports.recordOutcome(id, before.version(), ReportOutcome.REFERRED,
                "RSJ Dr. H. Marzoeki Mahdi Bogor", "Dirujuk setelah asesmen awal"));
        int version = callAs(pelaksana, () -> reports.report(id)).version();
        long handoverId = callAs(pelaksana, () -> reports.recordHandover(id, version, handover(pelaksana.accountId())));

        ReportRecord after = callAs(ketuaTim, () -> reports.report(id));
        assertThat(after.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.outcome()).isEqualTo(ReportOutcome.REFERRED);
            assertThat(o.referredTo()).isEqualTo("RSJ Dr. H. Marzoeki Mahdi Bogor");
        });
        assertThat(after.handovers()).singleElement().satisfies(h -> {
            assertThat(h.receivedByName()).isEqualTo("Sumarni");
            assertThat(h.receivedByRelation()).isEqualTo("Kakak kandung");
            assertThat(h.persons()).isEqualTo("Ny. S (45 tahun)");
            assertThat(h.handedOverAt()).isEqualTo(LocalDateTime.of(2026, 11, 21, 14, 0)
                    .atZone(ZoneId.of("Asia/Jakarta")).toInstant());
        });
        assertThat(jdbc.queryForObject("SELECT handed_by FROM casework_handover WHERE id = ?", Long.class, handoverId))
                .isEqualTo(pelaksana.accountId());
        assertThat(callAs(pelaksana, () -> casework.details(id)).history()).extracting(CaseHistoryEntry::action)
                .containsSubsequence(CaseActionType.OPENED, CaseActionType.REPORT_OUTCOME,
                        CaseActionType.HANDOVER_RECORDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_HANDOVER_RECORDED' "
                + "AND subject_id = ?", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void another_unit_a_citizen_a_stale_screen_and_an_application_are_refused() {
        long id = report();
        int version = callAs(pelaksana, () -> reports.report(id)).version();

        assertThatThrownBy(() -> callAs(pelaksanaLinjamsos, () -> reports.report(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> runAs(pelaksanaLinjamsos, () -> reports.recordOutcome(id, version,
                ReportOutcome.ASSESSED, null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(pelapor, () -> reports.recordOutcome(id, version, ReportOutcome.ASSESSED, null,
                null))).isInstanceOf(RecordNotFoundException.class);
        // The handing officer must be of the case's unit.
        assertThatThrownBy(() -> callAs(pelaksana, () -> reports.recordHandover(id, version,
                handover(pelaksanaLinjamsos.accountId())))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.error.not-in-unit");

        runAs(ketuaTim, () -> reports.recordOutcome(id, version, ReportOutcome.ASSESSED, null, "Asesmen awal"));
        // The second screen still shows the old version: refused, nothing overwritten.
        assertThatThrownBy(() -> runAs(pelaksana, () -> reports.recordOutcome(id, version,
                ReportOutcome.RETURNED_TO_FAMILY, null, null))).isInstanceOf(CaseChangedException.class);
        assertThat(callAs(pelaksana, () -> reports.report(id)).outcomes()).extracting(ReportRecord.Outcome::outcome)
                .containsExactly(ReportOutcome.ASSESSED);

        long application = TestApplications.submittedAlatBantu(intake, store, pelapor, null,
                TestApplications.defaultUploads());
        ReportRecord notAReport = callAs(pelaksana, () -> reports.report(application));
        assertThat(notAReport.report()).isFalse();
        assertThat(notAReport.mayRecord()).isFalse();
        assertThatThrownBy(() -> runAs(pelaksana, () -> reports.recordOutcome(application, notAReport.version(),
                ReportOutcome.ASSESSED, null, null))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.report.error.not-a-report");
    }

    @Test
    void a_member_of_the_unit_without_a_working_role_is_refused() {
        long id = report();
        PortalUser loket = TestUsers.staff(pelaksana.accountId(), unit(), StaffRole.FRONT_OFFICE);
        int version = callAs(pelaksana, () -> reports.report(id)).version();
        assertThatThrownBy(() -> runAs(loket, () -> reports.recordOutcome(id, version, ReportOutcome.ASSESSED, null,
                null))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_report_outcome WHERE case_id = ?",
                Integer.class, id)).isZero();
    }
}
