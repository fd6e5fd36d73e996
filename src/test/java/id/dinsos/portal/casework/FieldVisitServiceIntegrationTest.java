package id.dinsos.portal.casework;

import static id.dinsos.portal.account.TestAccounts.as;
import static id.dinsos.portal.account.TestUsers.callAs;
import static id.dinsos.portal.account.TestUsers.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDateTime;
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
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.shared.storage.UploadRejectedException;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Field visits on MariaDB, each call made as the person who would make it: scheduled by the unit's
 * verifier for an officer of the unit (the application at "field visit"), recorded by that officer with
 * photos (back in review), the photos served to the case's staff only; who is refused; two saves at once.
 */
@IntegrationTest
class FieldVisitServiceIntegrationTest {

    @Autowired
    FieldVisitService visits;
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

    Citizen pemohon;
    PortalUser kabid;
    PortalUser ketuaTim;
    PortalUser pelaksana;
    PortalUser pelaksanaLain;
    PortalUser pelaksanaLinjamsos;

    @BeforeEach
    void people() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
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

    int caseVersion(PortalUser user, long id) {
        return callAs(user, () -> casework.details(id)).version();
    }

    StoredFile photo(byte[] bytes, String name) {
        return store.store(new ByteArrayInputStream(bytes), name);
    }

    @Test
    void the_verifier_schedules_a_visit_the_officer_records_it_with_photos_and_the_case_is_back_in_review() {
        long id = submitted();
        LocalDateTime when = LocalDateTime.of(2026, 12, 3, 10, 0);

        long visitId = callAs(ketuaTim, () -> visits.schedule(id, caseVersion(ketuaTim, id), pelaksana.accountId(),
                when, "Kunjungan rumah: memastikan kebutuhan kursi roda"));

        assertThat(callAs(pelaksana, () -> casework.details(id)).status()).isEqualTo(ApplicationStatus.FIELD_VISIT);
        assertThat(as(pemohon, () -> intake.details(id)).status()).isEqualTo(ApplicationStatus.FIELD_VISIT);
        VisitInfo scheduled = callAs(pelaksana, () -> visits.visits(id)).getFirst();
        assertThat(scheduled.status()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(scheduled.officerAccountId()).isEqualTo(pelaksana.accountId());
        assertThat(scheduled.mayRecord()).isTrue();
        assertThat(callAs(pelaksanaLain, () -> visits.visits(id)).getFirst().mayRecord())
                .as("another verifier of the unit sees the visit but does not record it").isFalse();
        assertThatThrownBy(() -> runAs(pelaksanaLain, () -> visits.record(visitId, scheduled.version(),
                VisitFinding.CONFIRMED, "Sesuai", List.of()))).isInstanceOf(AccessDeniedException.class);

        StoredFile jpeg = photo(TestFiles.jpeg(640, 480), "rumah.jpg");
        StoredFile png = photo(TestFiles.png(320, 240), "kursi.png");
        runAs(pelaksana, () -> visits.record(visitId, scheduled.version(), VisitFinding.CONFIRMED,
                "Pemohon tinggal bersama orang tua; kursi roda lama rusak.", List.of(jpeg, png)));

        VisitInfo done = callAs(pelaksana, () -> visits.visits(id)).getFirst();
        assertThat(done.status()).isEqualTo(VisitStatus.DONE);
        assertThat(done.finding()).isEqualTo(VisitFinding.CONFIRMED);
        assertThat(done.report()).startsWith("Pemohon tinggal");
        assertThat(done.photos()).extracting(VisitInfo.Photo::originalName).containsExactly("rumah.jpg", "kursi.png");
        assertThat(done.mayRecord()).isFalse();
        CaseDetails after = callAs(pelaksana, () -> casework.details(id));
        assertThat(after.status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(as(pemohon, () -> intake.details(id)).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(after.history()).extracting(CaseHistoryEntry::action)
                .containsSubsequence(CaseActionType.OPENED, CaseActionType.VISIT_SCHEDULED, CaseActionType.VISIT_RECORDED);

        // Recorded once: a second recording of the same visit is refused.
        assertThatThrownBy(() -> runAs(pelaksana, () -> visits.record(visitId, done.version(), VisitFinding.NOT_MET,
                "lagi", List.of()))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.visit.error.not-scheduled");

        // The photo is served to the unit's staff (audited) and to nobody else.
        long photoId = done.photos().getFirst().id();
        PhotoDownload download = callAs(kabid, () -> visits.photo(photoId));
        assertThat(download.mediaType()).isEqualTo("image/jpeg");
        try (InputStream in = download.content()) {
            byte[] bytes = in.readAllBytes();
            assertThat(bytes).hasSize((int) download.size());
            assertThat(bytes[0]).isEqualTo((byte) 0xFF);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_VISIT_PHOTO_OPENED' "
                + "AND actor_account_id = ?", Integer.class, kabid.accountId())).isEqualTo(1);
        assertThatThrownBy(() -> callAs(pelaksanaLinjamsos, () -> visits.photo(photoId)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(pemohon, () -> visits.photo(photoId))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_unit_and_citizens_are_refused_and_the_officer_must_be_of_the_unit() {
        long id = submitted();
        LocalDateTime when = LocalDateTime.of(2026, 12, 4, 9, 30);

        assertThatThrownBy(() -> callAs(pelaksanaLinjamsos, () -> visits.visits(id)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> callAs(pelaksanaLinjamsos, () -> visits.schedule(id, 0, pelaksanaLinjamsos.accountId(),
                when, "x"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(pemohon, () -> visits.schedule(id, 0, pelaksana.accountId(), when, "x")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> callAs(pelaksana, () -> visits.schedule(id, caseVersion(pelaksana, id),
                pelaksanaLinjamsos.accountId(), when, "Kunjungan"))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.error.not-in-unit");
        assertThatThrownBy(() -> callAs(pelaksana, () -> visits.schedule(id, caseVersion(pelaksana, id),
                pelaksana.accountId(), when, "  "))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.visit.error.purpose-required");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_visit WHERE case_id = ?", Integer.class, id))
                .isZero();
        assertThat(callAs(pelaksana, () -> casework.details(id)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void two_saves_at_once_the_second_is_refused_and_nothing_is_overwritten() {
        long id = submitted();
        int version = caseVersion(pelaksana, id);
        LocalDateTime when = LocalDateTime.of(2026, 12, 7, 13, 0);
        long visitId = callAs(pelaksana, () -> visits.schedule(id, version, pelaksana.accountId(), when, "Pertama"));
        // The second screen still shows the case as it was.
        assertThatThrownBy(() -> callAs(ketuaTim, () -> visits.schedule(id, version, pelaksanaLain.accountId(), when,
                "Kedua"))).isInstanceOf(CaseChangedException.class);

        int visitVersion = callAs(pelaksana, () -> visits.visits(id)).getFirst().version();
        runAs(ketuaTim, () -> visits.record(visitId, visitVersion, VisitFinding.NOT_CONFIRMED, "Ketua tim", List.of()));
        assertThatThrownBy(() -> runAs(pelaksana, () -> visits.record(visitId, visitVersion, VisitFinding.CONFIRMED,
                "Pelaksana", List.of()))).isInstanceOf(CaseChangedException.class);
        VisitInfo kept = callAs(pelaksana, () -> visits.visits(id)).getFirst();
        assertThat(kept.report()).isEqualTo("Ketua tim");
        assertThat(kept.finding()).isEqualTo(VisitFinding.NOT_CONFIRMED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_visit WHERE case_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void a_photo_is_judged_by_content_a_program_named_png_never_reaches_the_visit_and_a_pdf_is_no_photo() {
        long id = submitted();
        long visitId = callAs(pelaksana, () -> visits.schedule(id, caseVersion(pelaksana, id), pelaksana.accountId(),
                LocalDateTime.of(2026, 12, 8, 9, 0), "Kunjungan"));
        int version = callAs(pelaksana, () -> visits.visits(id)).getFirst().version();

        assertThatThrownBy(() -> photo(TestFiles.windowsExecutable(), "foto.png"))
                .isInstanceOf(UploadRejectedException.class)
                .satisfies(e -> assertThat(((UploadRejectedException) e).reason())
                        .isEqualTo(UploadRejectedException.Reason.WRONG_TYPE));

        StoredFile pdf = photo(TestFiles.pdf(), "foto.png");
        assertThatThrownBy(() -> runAs(pelaksana, () -> visits.record(visitId, version, VisitFinding.CONFIRMED,
                "Laporan", List.of(pdf)))).isInstanceOf(CaseRefusedException.class)
                .hasMessage("casework.visit.error.photo-type");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_visit_photo WHERE visit_id = ?", Integer.class,
                visitId)).isZero();
        assertThat(callAs(pelaksana, () -> visits.visits(id)).getFirst().status()).isEqualTo(VisitStatus.SCHEDULED);
    }
}
