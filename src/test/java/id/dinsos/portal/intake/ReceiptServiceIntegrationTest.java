package id.dinsos.portal.intake;

import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.TestApplications.Upload;
import id.dinsos.portal.letter.PdfTools;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.shared.identity.Nik;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;

/** The receipt of a submitted application: what it says, in which language, and who gets one. */
@IntegrationTest
class ReceiptServiceIntegrationTest {

    @Autowired
    ReceiptService receipts;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${portal.base-url:http://localhost:8080}")
    String baseUrl;

    Citizen pemohon;
    Citizen tetangga;
    final PortalUser verifierRehsos = TestUsers.staff(910_001, "rehsos", StaffRole.VERIFIER);
    final PortalUser verifierLinjamsos = TestUsers.staff(910_002, "linjamsos", StaffRole.VERIFIER);

    @BeforeEach
    void citizens() {
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Rahmawati");
        tetangga = TestAccounts.verifiedCitizen(registration, jdbc, "Bambang Sutrisno");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    long submitted() {
        Map<String, Upload> uploads = TestApplications.defaultUploads();
        uploads.put("foto", new Upload("Foto Ibu Sri — kursi roda.pdf", TestFiles.pdf()));
        return TestApplications.submittedAlatBantu(intake, store, pemohon,
                new Beneficiary("Sri Wahyuningsih", null, "orang-tua"), uploads);
    }

    @Test
    void the_receipt_names_the_office_the_number_the_service_and_every_file_and_masks_the_nik() throws Exception {
        long id = submitted();
        ApplicationDetails details = as(pemohon, () -> intake.details(id));

        Receipt receipt = as(pemohon, () -> receipts.receipt(id, Languages.INDONESIAN));

        assertThat(receipt.trackingNumber()).isEqualTo(details.trackingNumber());
        assertThat(receipt.fileName()).isEqualTo("tanda-terima-" + details.trackingNumber() + ".pdf");
        assertThat(new String(receipt.pdf(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
        String text = PdfChecks.text(receipt.pdf());
        assertThat(text).contains("PEMERINTAH KABUPATEN BEKASI", "DINAS SOSIAL", "dinsosbekasikab@gmail.com",
                "http://dinsos.bekasi", "021-89970065",
                "TANDA TERIMA PERMOHONAN", details.trackingNumber(),
                "Permohonan Alat Bantu Disabilitas",
                "Siti Rahmawati", new Nik(pemohon.nik()).masked(), "Sri Wahyuningsih",
                "Proposal", "KTP", "Kartu Keluarga", "Surat Keterangan Tidak Mampu", "Surat Keterangan dari Puskesmas",
                "Foto Pemohon", "proposal.pdf", "Foto Ibu Sri — kursi roda.pdf", "6 berkas",
                "3 Bulan", "Rp 0", "/lacak?nomor=" + details.trackingNumber(),
                "4 angka terakhir NIK atau nomor HP", "WIB");
        assertThat(text).doesNotContain(pemohon.nik());
        assertThat(new String(receipt.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain(pemohon.nik());
        PdfChecks.assertEveryFontIsEmbedded(receipt.pdf());
        PdfChecks.qpdfCheck(receipt.pdf());
        // Rendered on the letters' path: PDF/A-2b, and the QR code leads to the public tracking page.
        assertThat(PdfTools.pdfaFailures(receipt.pdf())).isEmpty();
        assertThat(PdfTools.decodeQr(receipt.pdf())).isEqualTo(baseUrl + "/lacak?nomor=" + details.trackingNumber());
        assertThat(text).contains("tidak ditandatangani").doesNotContain("ditandatangani secara elektronik");
    }

    @Test
    void an_english_reader_gets_it_in_english() throws IOException {
        long id = submitted();

        String text = PdfChecks.text(as(pemohon, () -> receipts.receipt(id, Languages.ENGLISH)).pdf());

        assertThat(text).contains("GOVERNMENT OF BEKASI REGENCY", "SOCIAL AFFAIRS OFFICE", "APPLICATION RECEIPT",
                "Application for an assistive device", "KTP (Indonesian identity card)", "Documents received: 6 files",
                "3 months", "free of charge (Rp 0)", "last 4 digits of the applicant’s NIK or mobile number");
        assertThat(text).doesNotContain("TANDA TERIMA", pemohon.nik());
    }

    @Test
    void a_draft_has_no_receipt_and_only_those_who_may_see_the_application_get_one() {
        long draft = TestApplications.alatBantuDraft(intake, store, pemohon, null, TestApplications.defaultUploads());
        assertThatThrownBy(() -> as(pemohon, () -> receipts.receipt(draft, Languages.INDONESIAN)))
                .isInstanceOf(RecordNotFoundException.class);

        long id = submitted();
        assertThatThrownBy(() -> as(tetangga, () -> receipts.receipt(id, Languages.INDONESIAN)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.callAs(verifierLinjamsos, () -> receipts.receipt(id, Languages.INDONESIAN)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(pemohon, () -> receipts.receipt(id + 1_000_000, Languages.INDONESIAN)))
                .isInstanceOf(RecordNotFoundException.class);

        // The unit's staff may print it for the applicant; their reading is audited like any other.
        int before = viewings(id);
        Receipt receipt = TestUsers.callAs(verifierRehsos, () -> receipts.receipt(id, Languages.INDONESIAN));
        assertThat(receipt.pdf()).isNotEmpty();
        assertThat(viewings(id)).isEqualTo(before + 1);
    }

    private int viewings(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'APPLICATION' "
                + "AND subject_id = ? AND action = 'APPLICATION_VIEWED'", Integer.class, String.valueOf(id));
    }
}
