package id.dinsos.portal.intake;

import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.organisation.DocumentKind;
import id.dinsos.portal.organisation.LegalForm;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;

/**
 * Applications from draft to submission on MariaDB, each call made as the person it would be made
 * by: answers and files, what a submission needs, the tracking number, the correction round,
 * withdrawal, and who may see what.
 */
@IntegrationTest
class ApplicationServiceIntegrationTest {

    static final List<String> ALAT_BANTU_DOCUMENTS = TestApplications.ALAT_BANTU_DOCUMENTS;
    static final Map<String, Object> ALAT_BANTU_ANSWERS = Map.of("jenis-disabilitas", "fisik",
            "alat-diminta", "kursi-roda", "sudah-punya-alat", "tidak");

    @Autowired
    ApplicationService intake;
    @Autowired
    TrackingService tracking;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationDocumentService library;

    Citizen pemohon;
    Citizen tetangga;
    final PortalUser verifierRehsos = TestUsers.staff(900_001, "rehsos", StaffRole.VERIFIER);
    final PortalUser verifierLinjamsos = TestUsers.staff(900_002, "linjamsos", StaffRole.VERIFIER);
    final PortalUser admin = TestUsers.admin(900_003);

    @BeforeEach
    void citizens() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Rahmawati");
        tetangga = TestAccounts.verifiedCitizen(registration, jdbc, "Bambang Sutrisno");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    StoredFile pdf(String name) {
        return store.store(new ByteArrayInputStream(TestFiles.pdf()), name);
    }

    long completeAlatBantuDraft(Citizen citizen) {
        return TestApplications.alatBantuDraft(intake, store, citizen, null, TestApplications.defaultUploads());
    }

    static Map<String, Object> alatBantuAnswers() {
        Map<String, Object> answers = new HashMap<>(ALAT_BANTU_ANSWERS);
        return answers;
    }

    @Test
    void a_citizen_applies_with_every_document_and_gets_a_tracking_number_a_mail_and_a_timeline() {
        long id = completeAlatBantuDraft(pemohon);

        Review review = as(pemohon, () -> intake.review(id));
        assertThat(review.complete()).as(review.toString()).isTrue();
        assertThatThrownBy(() -> as(pemohon, () -> intake.submit(id, false)))
                .isInstanceOf(ApplicationStateException.class).hasMessage("intake.error.declaration-required");

        String number = as(pemohon, () -> intake.submit(id, true));

        int year = Year.now(ZoneId.of("Asia/Jakarta")).getValue();
        assertThat(number).matches("ALB-" + year + "-\\d{6}");
        ApplicationDetails details = as(pemohon, () -> intake.details(id));
        assertThat(details.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(details.applicant().nik()).isEqualTo(pemohon.nik());
        assertThat(details.answers()).containsEntry("sudah-punya-alat", "false").containsEntry("alat-diminta", "kursi-roda");
        assertThat(details.documents()).hasSize(6).allMatch(d -> d.sha256().equals(TestFiles.sha256(TestFiles.pdf())));
        assertThat(details.timeline()).extracting(TimelineEntry::type)
                .containsExactly(TimelineType.CREATED, TimelineType.SUBMITTED);
        assertThat(as(pemohon, () -> intake.mine())).extracting(ApplicationSummary::trackingNumber).contains(number);

        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? "
                + "AND template = 'application-submitted'", String.class, pemohon.email());
        assertThat(body).contains(number).contains("/lacak?nomor=" + number);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'APPLICATION' "
                + "AND subject_id = ? AND action = 'APPLICATION_SUBMITTED'", Integer.class, String.valueOf(id))).isOne();

        // Submitted means no more changes, and no second number.
        assertThatThrownBy(() -> as(pemohon, () -> intake.submit(id, true)))
                .isInstanceOf(ApplicationStateException.class);
        assertThatThrownBy(() -> as(pemohon, () -> intake.attach(id, "ktp", pdf("ktp2.pdf"))))
                .isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void a_submission_missing_a_mandatory_document_is_refused_and_changes_nothing() {
        long id = as(pemohon, () -> {
            long draft = intake.startDraft("alat-bantu", null, null, null);
            intake.saveAnswers(draft, null, alatBantuAnswers(), intake.details(draft).version());
            for (String requirement : ALAT_BANTU_DOCUMENTS.subList(0, 4)) {
                intake.attach(draft, requirement, pdf(requirement + ".pdf"));
            }
            return draft;
        });
        Integer serialBefore = serial("ALB");

        assertThatThrownBy(() -> as(pemohon, () -> intake.submit(id, true)))
                .isInstanceOfSatisfying(ApplicationIncompleteException.class, e -> assertThat(e.review()
                        .missingRequirements()).containsExactly("surat-keterangan-puskesmas", "foto"));

        ApplicationDetails details = as(pemohon, () -> intake.details(id));
        assertThat(details.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(details.trackingNumber()).isNull();
        assertThat(serial("ALB")).isEqualTo(serialBefore);
    }

    @Test
    void malformed_answers_are_refused_each_with_its_message_and_a_stale_save_is_refused() {
        long id = as(pemohon, () -> intake.startDraft("alat-bantu", null, null, null));
        int version = as(pemohon, () -> intake.details(id).version());

        assertThatThrownBy(() -> as(pemohon, () -> intake.saveAnswers(id, null,
                Map.of("jenis-disabilitas", "terbang", "sudah-punya-alat", "mungkin", "warna-favorit", "biru"), version)))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey())
                        .containsExactlyInAnyOrder("jenis-disabilitas=intake.answer.not-an-option",
                                "sudah-punya-alat=intake.answer.not-yes-no", "warna-favorit=intake.answer.unknown-field"));

        as(pemohon, () -> intake.saveAnswers(id, null, Map.of("jenis-disabilitas", "netra"), version));
        assertThatThrownBy(() -> as(pemohon, () -> intake.saveAnswers(id, null, Map.of("jenis-disabilitas", "fisik"), version)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(as(pemohon, () -> intake.details(id)).answers()).containsEntry("jenis-disabilitas", "netra");
    }

    @Test
    void another_citizen_staff_of_another_unit_and_an_administrator_find_nothing() {
        long id = completeAlatBantuDraft(pemohon);
        long documentId = as(pemohon, () -> intake.details(id)).documents().getFirst().id();

        // A draft is the applicant's alone, even for the unit's staff.
        assertThatThrownBy(() -> TestUsers.callAs(verifierRehsos, () -> intake.details(id)))
                .isInstanceOf(RecordNotFoundException.class);
        as(pemohon, () -> intake.submit(id, true));

        for (Runnable call : List.<Runnable>of(
                () -> intake.details(id),
                () -> intake.openDocument(id, documentId),
                () -> intake.withdraw(id, "bukan milik saya"),
                () -> intake.review(id),
                () -> intake.details(id + 1_000_000))) {
            assertThatThrownBy(() -> as(tetangga, call)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> TestUsers.runAs(verifierLinjamsos, call)).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> TestUsers.runAs(admin, call)).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(as(tetangga, () -> intake.mine())).extracting(ApplicationSummary::id).doesNotContain(id);

        // The unit's verifier reads it and its files, and each reading is in the audit trail.
        ApplicationDetails seen = TestUsers.callAs(verifierRehsos, () -> intake.details(id));
        assertThat(seen.applicant().nik()).isEqualTo(pemohon.nik());
        try (InputStream in = TestUsers.callAs(verifierRehsos, () -> intake.openDocument(id, documentId)).content()) {
            assertThat(in.readAllBytes()).isEqualTo(TestFiles.pdf());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'APPLICATION' AND subject_id = ? "
                + "AND actor_account_id = ?", String.class, String.valueOf(id), verifierRehsos.accountId()))
                .contains("APPLICATION_VIEWED", "APPLICATION_DOCUMENT_VIEWED");
        // ... but may not act for the applicant.
        assertThatThrownBy(() -> TestUsers.runAs(verifierRehsos, () -> intake.withdraw(id, "x")))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_correction_round_replaces_only_the_returned_files_and_keeps_the_old_ones() {
        long id = completeAlatBantuDraft(pemohon);
        as(pemohon, () -> intake.submit(id, true));
        long oldKtp = as(pemohon, () -> intake.details(id)).currentDocuments("ktp").getFirst().id();

        assertThatThrownBy(() -> TestUsers.runAs(verifierLinjamsos,
                () -> intake.returnForCorrection(id, List.of(CorrectionItem.document("ktp", "Buram")))))
                .isInstanceOf(RecordNotFoundException.class);
        TestUsers.runAs(verifierRehsos, () -> intake.returnForCorrection(id,
                List.of(CorrectionItem.document("ktp", "Foto KTP buram, tidak terbaca"))));

        ApplicationDetails returned = as(pemohon, () -> intake.details(id));
        assertThat(returned.status()).isEqualTo(ApplicationStatus.NEEDS_REVISION);
        assertThat(returned.round()).isEqualTo(2);
        assertThat(returned.openCorrections()).extracting(CorrectionItem::requirementCode).containsExactly("ktp");
        assertThat(as(pemohon, () -> intake.review(id)).missingRequirements()).containsExactly("ktp");
        assertThatThrownBy(() -> as(pemohon, () -> intake.resubmit(id, true)))
                .isInstanceOf(ApplicationIncompleteException.class);
        assertThatThrownBy(() -> as(pemohon, () -> intake.attach(id, "kk", pdf("kk-baru.pdf"))))
                .isInstanceOf(ApplicationStateException.class).hasMessage("intake.error.requirement-not-returned");

        as(pemohon, () -> intake.attach(id, "ktp", store.store(new ByteArrayInputStream(TestFiles.png(800, 500)), "ktp.png")));
        as(pemohon, () -> intake.resubmit(id, true));

        ApplicationDetails after = as(pemohon, () -> intake.details(id));
        assertThat(after.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(after.trackingNumber()).isEqualTo(returned.trackingNumber());
        assertThat(after.currentDocuments("ktp")).singleElement().satisfies(d -> {
            assertThat(d.round()).isEqualTo(2);
            assertThat(d.mediaType()).isEqualTo("image/png");
        });
        assertThat(after.documents()).filteredOn(d -> d.id() == oldKtp).singleElement()
                .satisfies(d -> assertThat(d.supersededAt()).isNotNull());
        assertThat(after.currentDocuments("kk")).singleElement().satisfies(d -> assertThat(d.round()).isEqualTo(1));
        assertThat(after.timeline()).extracting(TimelineEntry::type).containsExactly(TimelineType.CREATED,
                TimelineType.SUBMITTED, TimelineType.RETURNED_FOR_CORRECTION, TimelineType.RESUBMITTED);
        assertThat(after.corrections()).singleElement().satisfies(r -> assertThat(r.round()).isEqualTo(2));
    }

    @Test
    void the_applicant_withdraws_with_a_reason_before_a_decision() {
        long id = completeAlatBantuDraft(pemohon);
        as(pemohon, () -> intake.submit(id, true));

        assertThatThrownBy(() -> as(pemohon, () -> intake.withdraw(id, "  ")))
                .isInstanceOf(FormRejectedException.class);
        as(pemohon, () -> intake.withdraw(id, "Sudah mendapat kursi roda dari desa"));

        ApplicationDetails details = as(pemohon, () -> intake.details(id));
        assertThat(details.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(details.timeline().getLast().note()).isEqualTo("Sudah mendapat kursi roda dari desa");
        assertThatThrownBy(() -> as(pemohon, () -> intake.withdraw(id, "lagi")))
                .isInstanceOf(ApplicationStateException.class);
    }

    @Test
    void the_public_tracking_page_needs_the_last_four_digits_and_shows_no_personal_data() {
        long id = completeAlatBantuDraft(pemohon);
        String number = as(pemohon, () -> intake.submit(id, true));
        String lastFour = pemohon.nik().substring(12);

        var found = tracking.track(number.toLowerCase(), lastFour);
        assertThat(found).isInstanceOfSatisfying(TrackingService.Outcome.Found.class, f -> {
            assertThat(f.tracking().status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(f.tracking().serviceCode()).isEqualTo("alat-bantu");
            assertThat(f.tracking().timeline()).allMatch(t -> t.note() == null);
            assertThat(f.tracking().toString()).doesNotContain(pemohon.nik()).doesNotContain(pemohon.fullName());
        });
        String wrong = lastFour.equals("0000") ? "1111" : "0000";
        assertThat(tracking.track(number, wrong)).isInstanceOf(TrackingService.Outcome.NotFound.class);
        assertThat(tracking.track("ALB-2026-999999", lastFour)).isInstanceOf(TrackingService.Outcome.NotFound.class);

        for (int i = 0; i < 10; i++) {
            tracking.track(number, wrong);
        }
        assertThat(tracking.track(number, lastFour)).as("locked after repeated failures")
                .isInstanceOf(TrackingService.Outcome.Locked.class);
    }

    @Test
    void concurrent_submissions_get_distinct_gap_free_numbers() throws Exception {
        int count = 24;
        List<Citizen> citizens = new ArrayList<>();
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Citizen c = TestAccounts.verifiedCitizen(registration, jdbc, "Pemohon " + i);
            citizens.add(c);
            drafts.add(as(c, () -> {
                long id = intake.startDraft("rekomendasi-abk", null, null, null);
                intake.saveAnswers(id, null, Map.of("keperluan", "sekolah", "tujuan-surat", "SLB Negeri Cikarang",
                        "jenis-kebutuhan-khusus", "netra"), intake.details(id).version());
                for (String r : List.of("surat-permohonan", "ktp", "kk", "akta-kelahiran", "ktp-orang-tua",
                        "akta-nikah-orang-tua", "sk-puskesmas")) {
                    intake.attach(id, r, pdf(r + ".pdf"));
                }
                return id;
            }));
        }
        Integer before = serial("ABK");
        CyclicBarrier start = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Citizen c = citizens.get(i);
                long id = drafts.get(i);
                results.add(pool.submit(() -> {
                    if (start.getNumberWaiting() < 8) {
                        try {
                            start.await(5, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception notAllArrived) {
                            // later tasks start without the others
                        }
                    }
                    return as(c, () -> intake.submit(id, true));
                }));
            }
            Set<Integer> serials = Collections.synchronizedSet(new TreeSet<>());
            for (Future<String> f : results) {
                String number = f.get();
                serials.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
            }
            int first = (before == null ? 0 : before) + 1;
            assertThat(serials).hasSize(count);
            assertThat(new ArrayList<>(serials)).isEqualTo(java.util.stream.IntStream.range(first, first + count)
                    .boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_report_needs_no_documents_and_staff_cannot_start_a_citizen_draft() {
        long id = as(pemohon, () -> {
            long draft = intake.startDraft("odgj", null, null, null);
            intake.saveAnswers(draft, null, Map.of("kejadian", "Seorang laki-laki berteriak di pasar sejak pagi",
                    "lokasi-desa", "32.16.05.2001", "lokasi-detail", "Pasar Cikarang, dekat pintu timur",
                    "tanggal-kejadian", "2026-11-20", "dalam-bahaya", "ya", "keluarga-diketahui", "tidak",
                    "hubungan-pelapor", "tetangga"), intake.details(draft).version());
            return draft;
        });
        Review review = as(pemohon, () -> intake.review(id));
        assertThat(review.missingRequirements()).isEmpty();
        assertThat(as(pemohon, () -> intake.details(id)).kind()).isEqualTo(ApplicationKind.REPORT);
        assertThat(as(pemohon, () -> intake.submit(id, true))).startsWith("OGJ-");

        assertThatThrownBy(() -> TestUsers.runAs(verifierRehsos, () -> intake.startDraft("alat-bantu", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(verifierRehsos.kind()).isEqualTo(AccountKind.STAFF);
    }

    @Test
    void front_office_staff_enter_a_walk_in_application_that_also_appears_in_the_persons_account() {
        PortalUser petugas = TestUsers.staff(900_010, "fakir-miskin", StaffRole.FRONT_OFFICE);
        // The counter finds the person by NIK and pre-fills what the account knows; the lookup is audited.
        var known = TestUsers.callAs(petugas, () -> intake.lookUpByNik(pemohon.nik()));
        assertThat(known).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Siti Rahmawati");
            assertThat(p.hasAccount()).isTrue();
        });
        assertThat(TestUsers.callAs(petugas, () -> intake.lookUpByNik("3216015203909999"))).isEmpty();
        assertThatThrownBy(() -> TestUsers.callAs(verifierRehsos, () -> intake.lookUpByNik(pemohon.nik())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tetangga, () -> intake.lookUpByNik(pemohon.nik())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PERSON_LOOKED_UP' "
                + "AND actor_account_id = ?", Integer.class, petugas.accountId())).isEqualTo(2);
        long id = TestUsers.callAs(petugas, () -> {
            long draft = intake.startCounterDraft("sjpp", null,
                    new Applicant("Siti Rahmawati", pemohon.nik(), "0812 3456 7890", null), null);
            intake.saveAnswers(draft, null, Map.of("nama-faskes", "RSUD Kabupaten Bekasi", "sedang-dirawat", "ya",
                    "tanggal-masuk", "2026-11-24", "nomor-kartu-pbi", "0001234567890"), intake.details(draft).version());
            for (String r : List.of("kk", "ktp", "kartu-pbi", "sktm", "surat-keterangan-rawat")) {
                intake.attach(draft, r, pdf(r + ".pdf"));
            }
            return draft;
        });
        String number = TestUsers.callAs(petugas, () -> intake.submit(id, true));

        assertThat(number).startsWith("SJP-");
        ApplicationDetails seen = as(pemohon, () -> intake.details(id));
        assertThat(seen.channel()).isEqualTo(IntakeChannel.COUNTER);
        assertThat(seen.applicant().phone()).isEqualTo("+6281234567890");
        assertThat(as(pemohon, () -> intake.mine())).extracting(ApplicationSummary::id).contains(id);
        // Another clerk of the counter did not enter it and is not of the unit.
        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.staff(900_011, "rehsos", StaffRole.FRONT_OFFICE),
                () -> intake.details(id))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.callAs(petugas, () -> intake.startCounterDraft("sjpp", null,
                new Applicant("", "1234", null, null), null)))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("applicant.name", "applicant.nik"));
    }

    @Test
    void a_social_worker_applies_for_bansos_for_residents_of_their_kecamatan_only() {
        PortalUser tksk = TestUsers.socialWorker(900_020, "linjamsos", "32.16.05");
        String resident = pemohon.nik(); // 321605...: Kecamatan Tambun Utara
        long id = TestUsers.callAs(tksk, () -> intake.startCounterDraft("bansos-ppks", null,
                new Applicant("Siti Rahmawati", resident, "081234567890", null), null));
        assertThat(TestUsers.callAs(tksk, () -> intake.details(id)).channel()).isEqualTo(IntakeChannel.SOCIAL_WORKER);

        String elsewhere = "3216015203900001"; // Kecamatan Tarumajaya
        assertThatThrownBy(() -> TestUsers.callAs(tksk, () -> intake.startCounterDraft("bansos-ppks", null,
                new Applicant("Warga Lain", elsewhere, "081234567891", null), null)))
                .isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + "=" + p.messageKey())
                        .containsExactly("applicant.nik=intake.error.not-a-resident"));
        assertThatThrownBy(() -> TestUsers.callAs(tksk, () -> intake.startCounterDraft("alat-bantu", null,
                new Applicant("Siti Rahmawati", resident, "081234567890", null), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(TestUsers.socialWorker(900_021, "linjamsos", "32.16.01"),
                () -> intake.details(id))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void an_organisation_member_reuses_a_library_document_which_is_copied_not_shared() {
        long organisationId = as(pemohon, () -> organisations.create(new OrganisationProfile("Yayasan Pelita Hati",
                LegalForm.YAYASAN, "12", java.time.LocalDate.of(2015, 3, 12), "AHU-0012345.AH.01.04.Tahun 2015",
                "01.234.567.4-123.000", "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi", "Hj. Siti Aminah")));
        long akta = as(pemohon, () -> library.add(organisationId, DocumentKind.AKTA, "Akta pendirian",
                pdf("akta.pdf"))).id();
        long id = as(pemohon, () -> intake.startDraft("lks", null, organisationId, null));

        DocumentInfo used = as(pemohon, () -> intake.attachFromLibrary(id, "akta-pendirian", akta));

        assertThat(used.fromLibrary()).isTrue();
        assertThat(used.sha256()).isEqualTo(TestFiles.sha256(TestFiles.pdf()));
        String libraryKey = jdbc.queryForObject("SELECT storage_key FROM organisation_document WHERE id = ?",
                String.class, akta);
        String applicationKey = jdbc.queryForObject("SELECT storage_key FROM intake_document WHERE id = ?",
                String.class, used.id());
        assertThat(applicationKey).isNotEqualTo(libraryKey);
        // Removing it from the library leaves the application's copy.
        as(pemohon, () -> library.remove(organisationId, akta));
        assertThat(store.exists(applicationKey)).isTrue();

        // Someone outside the organisation, or an application of one's own, cannot use the library.
        assertThatThrownBy(() -> as(tetangga, () -> intake.attachFromLibrary(id, "akta-pendirian", akta)))
                .isInstanceOf(RecordNotFoundException.class);
        long own = as(pemohon, () -> intake.startDraft("alat-bantu", null, null, null));
        assertThatThrownBy(() -> as(pemohon, () -> intake.attachFromLibrary(own, "ktp", akta)))
                .isInstanceOf(ApplicationStateException.class);
        assertThat(as(pemohon, () -> intake.mine())).extracting(ApplicationSummary::organisationId)
                .contains(organisationId);
    }

    Integer serial(String prefix) {
        return jdbc.queryForList("SELECT last_serial FROM intake_tracking_counter WHERE prefix = ? AND year_no = ?",
                Integer.class, prefix, Year.now(ZoneId.of("Asia/Jakarta")).getValue()).stream().findFirst().orElse(0);
    }
}
