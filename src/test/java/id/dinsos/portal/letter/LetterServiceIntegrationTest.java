package id.dinsos.portal.letter;

import static id.dinsos.portal.letter.LetterTestSupport.ADMIN;
import static id.dinsos.portal.letter.LetterTestSupport.HEAD_OF_DIVISION;
import static id.dinsos.portal.letter.LetterTestSupport.HEAD_OF_OFFICE;
import static id.dinsos.portal.letter.LetterTestSupport.OTHER_VERIFIER;
import static id.dinsos.portal.letter.LetterTestSupport.SECRETARY;
import static id.dinsos.portal.letter.LetterTestSupport.TEAM_LEAD;
import static id.dinsos.portal.letter.LetterTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.notification.OutboxSender;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.Http;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.TestSmtp;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/** A letter from the approved application to the signature, delivery, public verification and revocation. */
@IntegrationTest
class LetterServiceIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    id.dinsos.portal.casework.CaseworkService casework;
    @Autowired
    LetterService letters;
    @Autowired
    LetterVerification verification;
    @Autowired
    SigningKeys keys;
    @Autowired
    LetterTemplateAdmin templateAdmin;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxSender outbox;
    @Value("${local.server.port}")
    int port;

    Citizen pemohon;
    Citizen tetangga;

    @BeforeEach
    void setUp() {
        LetterTestSupport.enrolSigners(keys);
        pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Rahmawati");
        tetangga = TestAccounts.verifiedCitizen(registration, jdbc, "Bambang Sutrisno");
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void an_approved_application_gets_a_letter_initialled_signed_numbered_delivered_verified_and_revoked() throws Exception {
        long application = LetterTestSupport.approvedAlatBantu(intake, store, pemohon, casework);
        long letter = LetterTestSupport.readyBeritaAcara(letters, application);
        assertThat(TestUsers.callAs(VERIFIER, () -> letters.letter(letter)).status()).isEqualTo(LetterStatus.READY);
        // The applicant sees no draft.
        assertThatThrownBy(() -> TestAccounts.as(pemohon, () -> letters.download(letter)))
                .isInstanceOf(RecordNotFoundException.class);

        LetterService.SignedLetter signed = TestUsers.callAs(HEAD_OF_DIVISION, () -> letters.sign(letter));
        assertThat(signed.number()).matches("400\\.9\\.3/\\d{4}/Dinsos/20\\d\\d");
        assertThat(signed.verificationCode()).matches("[a-z2-7]{26}");

        // The applicant downloads exactly the issued file; pdfsig finds it valid and wholly signed.
        byte[] pdf = TestAccounts.as(pemohon, () -> {
            try (InputStream in = letters.download(letter).content()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(LetterService.class).isNotNull();
        assertThat(id.dinsos.portal.shared.DefinitionFiles.sha256(pdf)).isEqualTo(signed.sha256());
        String report = PdfTools.pdfsig(pdf);
        assertThat(report).contains("Signature is Valid.", "Total document signed", "Dra. Ratna Sari, M.Si");
        String text = id.dinsos.portal.intake.PdfChecks.text(pdf);
        assertThat(text).contains(signed.number(), "Siti Rahmawati", "Kursi roda", "A.N. KEPALA DINAS SOSIAL",
                "NIP. 197505052000032001", "CA Lokal");
        assertThat(PdfTools.decodeQr(pdf)).endsWith("/verifikasi/" + signed.verificationCode());
        assertThat(TestAccounts.as(pemohon, () -> letters.mine())).extracting(LetterInfo::id).containsExactly(letter);
        assertThat(TestAccounts.as(tetangga, () -> letters.mine())).isEmpty();
        // Someone else's letter is "not found", like a missing one.
        assertThatThrownBy(() -> TestAccounts.as(tetangga, () -> letters.download(letter)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.callAs(OTHER_VERIFIER, () -> letters.download(letter)))
                .isInstanceOf(RecordNotFoundException.class);

        // The public verification: by code (page model and JSON API), and by the uploaded file.
        LetterVerification.PublicLetter shown = verification.byCode(signed.verificationCode()).orElseThrow();
        assertThat(shown.status()).isEqualTo(LetterStatus.VALID);
        assertThat(shown.holder()).isEqualTo("S*** R********");
        HttpResponse<String> api = new Http(port).get("/api/v1/letters/" + signed.verificationCode());
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode json = Http.json(api);
        assertThat(json.get("number").asText()).isEqualTo(signed.number());
        assertThat(json.get("status").asText()).isEqualTo("VALID");
        assertThat(json.get("sha256").asText()).isEqualTo(signed.sha256());
        assertThat(json.get("holder").asText()).isEqualTo("S*** R********");
        assertThat(api.body()).doesNotContain("Rahmawati", pemohon.nik());
        assertThat(new Http(port).get("/api/v1/letters/aaaaaaaaaaaaaaaaaaaaaaaaaa").statusCode()).isEqualTo(404);
        assertThat(new Http(port).get("/verifikasi/" + signed.verificationCode()).statusCode()).isEqualTo(200);

        java.nio.file.Files.write(java.nio.file.Path.of("target/letter-service-sample.pdf"), pdf);
        LetterVerification.UploadCheck exact = verification.check(pdf);
        assertThat(exact.genuine()).as(exact.toString()).isTrue();
        assertThat(exact.letter().number()).isEqualTo(signed.number());
        LetterVerification.UploadCheck changed = verification.check(PdfTools.tamper(pdf, "<dc:title>"));
        assertThat(changed.letter()).isNull();
        assertThat(changed.signed()).isTrue();
        assertThat(changed.signatureIntact()).isFalse();

        // Delivered by e-mail with the PDF attached.
        outbox.sendDue();
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(pemohon.email()) && subject(m).contains(signed.number()))
                .findFirst().orElseThrow();
        Multipart parts = (Multipart) mail.getContent();
        boolean attached = false;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    assertThat(in.readAllBytes()).isEqualTo(pdf);
                }
                attached = true;
            }
        }
        assertThat(attached).as("the letter is attached").isTrue();

        // Only the signer revokes, with a reason; the verification then says so.
        assertThatThrownBy(() -> TestUsers.runAs(HEAD_OF_OFFICE, () -> letters.revoke(letter, "salah")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.runAs(HEAD_OF_DIVISION, () -> letters.revoke(letter, " ")))
                .isInstanceOf(LetterStateException.class);
        TestUsers.runAs(HEAD_OF_DIVISION, () -> letters.revoke(letter, "Alat bantu tidak jadi diserahkan"));
        HttpResponse<String> revoked = new Http(port).get("/api/v1/letters/" + signed.verificationCode());
        assertThat(Http.json(revoked).get("status").asText()).isEqualTo("REVOKED");
        assertThat(Http.json(revoked).get("revocationReason").asText()).isEqualTo("Alat bantu tidak jadi diserahkan");
        assertThat(Http.json(revoked).get("revokedAt").asText()).endsWith("+07:00");
        assertThatThrownBy(() -> TestUsers.runAs(HEAD_OF_DIVISION, () -> letters.revoke(letter, "lagi")))
                .isInstanceOf(LetterStateException.class);
        // The completed application gets a replacement for the revoked letter, with a number of its own.
        long replacement = LetterTestSupport.readyBeritaAcara(letters, application);
        assertThat(replacement).isNotEqualTo(letter);
        LetterService.SignedLetter again = TestUsers.callAs(HEAD_OF_DIVISION, () -> letters.sign(replacement));
        assertThat(again.number()).isNotEqualTo(signed.number());
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> letters.prepare(application, "berita-acara-serah-terima")))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.already-drafted");

        List<String> actions = jdbc.queryForList("SELECT action FROM audit_event WHERE subject_type = 'LETTER' "
                + "AND subject_id = ? ORDER BY id", String.class, String.valueOf(letter));
        assertThat(actions).containsSubsequence("LETTER_PREPARED", "LETTER_INITIALLED", "LETTER_INITIALLED",
                "LETTER_SIGNED", "LETTER_DOWNLOADED", "LETTER_REVOKED");
    }

    @Test
    void only_the_unit_drafts_only_for_an_approved_application_and_the_paraf_follows_the_chain() {
        long submitted = id.dinsos.portal.intake.TestApplications.submittedAlatBantu(intake, store, pemohon, null,
                id.dinsos.portal.intake.TestApplications.defaultUploads());
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> letters.prepare(submitted, "berita-acara-serah-terima")))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.not-approved");
        long application = LetterTestSupport.approvedAlatBantu(intake, store, pemohon, casework);
        assertThatThrownBy(() -> TestUsers.callAs(OTHER_VERIFIER, () -> letters.prepare(application, "berita-acara-serah-terima")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> letters.prepare(application, "berita-acara-serah-terima")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestAccounts.as(pemohon, () -> letters.prepare(application, "berita-acara-serah-terima")))
                .isInstanceOf(RecordNotFoundException.class);
        // The receipt's template is not a letter type: nothing to number, initial or sign.
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> letters.prepare(application, "tanda-terima")))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> letters.prepare(application, "rekomendasi-sjpp")))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.wrong-type");

        long letter = TestUsers.callAs(VERIFIER, () -> letters.prepare(application, "berita-acara-serah-terima"));
        // One berita acara per application: a second draft by the team lead is refused.
        assertThatThrownBy(() -> TestUsers.callAs(TEAM_LEAD, () -> letters.prepare(application, "berita-acara-serah-terima")))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.already-drafted");
        // Out of order: the team lead's paraf is not due yet, and nobody signs a draft.
        assertThatThrownBy(() -> TestUsers.runAs(TEAM_LEAD, () -> letters.initial(letter, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(HEAD_OF_DIVISION, () -> letters.sign(letter)))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.not-ready");
        TestUsers.runAs(VERIFIER, () -> letters.initial(letter, null));
        assertThat(TestUsers.callAs(TEAM_LEAD, () -> letters.awaitingMe())).extracting(LetterInfo::id).contains(letter);
        // The team lead returns it with a comment; it starts again after reopening.
        assertThatThrownBy(() -> TestUsers.runAs(TEAM_LEAD, () -> letters.returnDraft(letter, "")))
                .isInstanceOf(LetterStateException.class);
        TestUsers.runAs(TEAM_LEAD, () -> letters.returnDraft(letter, "Nama alat bantu kurang jelas"));
        LetterInfo returned = TestUsers.callAs(VERIFIER, () -> letters.letter(letter));
        assertThat(returned.status()).isEqualTo(LetterStatus.RETURNED);
        assertThat(returned.history()).extracting(LetterInfo.Step::comment).contains("Nama alat bantu kurang jelas");
        TestUsers.runAs(VERIFIER, () -> letters.reopen(letter));
        LetterInfo reopened = TestUsers.callAs(VERIFIER, () -> letters.letter(letter));
        assertThat(reopened.status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(reopened.nextRole()).isEqualTo(id.dinsos.portal.account.StaffRole.VERIFIER);
        TestUsers.runAs(VERIFIER, () -> letters.initial(letter, null));
        TestUsers.runAs(TEAM_LEAD, () -> letters.initial(letter, null));
        // The secretary may read it but it is not theirs to sign (a division head's letter); the head of office may.
        assertThatThrownBy(() -> TestUsers.callAs(SECRETARY, () -> letters.sign(letter)))
                .isInstanceOf(AccessDeniedException.class);
        byte[] preview = TestUsers.callAs(VERIFIER, () -> letters.preview(letter));
        assertThat(new String(preview, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        LetterService.SignedLetter signed = TestUsers.callAs(HEAD_OF_OFFICE, () -> letters.sign(letter));
        assertThatThrownBy(() -> TestUsers.callAs(HEAD_OF_OFFICE, () -> letters.sign(letter)))
                .isInstanceOf(LetterStateException.class).hasMessage("letter.error.already-signed");
        assertThat(verification.byCode(signed.verificationCode())).isPresent();
    }

    @Test
    void a_batch_signs_what_is_ready_and_reports_the_rest() {
        long first = LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store, pemohon, casework));
        long second = LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store, pemohon, casework));
        long draft = TestUsers.callAs(VERIFIER, () -> letters.prepare(
                LetterTestSupport.approvedAlatBantu(intake, store, pemohon, casework), "berita-acara-serah-terima"));

        List<LetterService.BatchResult> results = TestUsers.callAs(HEAD_OF_OFFICE,
                () -> letters.signBatch(List.of(first, draft, second)));

        assertThat(results).extracting(LetterService.BatchResult::letterId).containsExactly(first, draft, second);
        assertThat(results.get(0).signed()).isNotNull();
        assertThat(results.get(1).problem()).isEqualTo("letter.error.not-ready");
        assertThat(results.get(2).signed()).isNotNull();
        int a = serial(results.get(0).signed().number());
        int b = serial(results.get(2).signed().number());
        assertThat(b).isEqualTo(a + 1);
    }

    @Test
    void administrators_check_and_preview_templates_and_nobody_else_does() {
        String broken = "title: X\nclassification: 400.9\nservices: sjpp\nparaf: VERIFIER\nsigner: HEAD_OF_OFFICE\n---\n"
                + "[paragraph]\nPasien {{answers.nama-rs}}\n";
        assertThatThrownBy(() -> TestUsers.callAs(ADMIN, () -> templateAdmin.check("baru.txt", broken)))
                .isInstanceOf(InvalidLetterTemplateException.class).hasMessageStartingWith("baru.txt:8: unknown placeholder");
        LetterTemplate fine = TestUsers.callAs(ADMIN, () -> templateAdmin.check("baru.txt",
                broken.replace("answers.nama-rs", "answers.nama-faskes")));
        byte[] preview = TestUsers.callAs(ADMIN, () -> templateAdmin.preview(fine));
        assertThat(new String(preview, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(TestUsers.callAs(ADMIN, () -> templateAdmin.letterTypes())).hasSize(10);
        // The receipt templates are checked and previewed like letters, but are no letter type to draft.
        assertThat(TestUsers.callAs(ADMIN, () -> templateAdmin.letterTypes())).extracting(LetterTemplate::code)
                .doesNotContain("tanda-terima", "tanda-terima-en");
        assertThat(letters.letterTypesFor("alat-bantu", null)).noneMatch(LetterTemplate::isReceipt);
        LetterTemplate receipt = TestUsers.callAs(ADMIN, () -> templateAdmin.check("tanda-terima.txt",
                "kind: receipt\ntitle: TANDA TERIMA\n---\n[documents]\n[paragraph]\nLacak {{tracking.link}}\n"));
        byte[] receiptPreview = TestUsers.callAs(ADMIN, () -> templateAdmin.preview(receipt));
        assertThat(new String(receiptPreview, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> TestUsers.callAs(VERIFIER, () -> templateAdmin.letterTypes()))
                .isInstanceOf(AccessDeniedException.class);
    }

    static int serial(String number) {
        return Integer.parseInt(number.split("/")[number.split("/").length - 3]);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
