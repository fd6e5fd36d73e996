package id.dinsos.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.CorrectionItem;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The citizen's side of an online application on a 360-px phone, in Chromium: from the service's page
 * through sign-in to the draft, the missing items, six uploads, the answers, the declaration and the
 * tracking number; "Permohonan saya" and public tracking; and a correction round in which only the
 * returned KTP takes a new file. axe-core checks every new page and nothing scrolls sideways.
 */
@IntegrationTest
class ApplicationJourneyBrowserTest {

    static final int PHONE_WIDTH = 360;
    static final List<String> DOCUMENTS = List.of("proposal", "ktp", "kk", "sktm", "surat-keterangan-puskesmas", "foto");
    static final String SERVICE_NAME = "Permohonan Alat Bantu Disabilitas";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationService intake;
    @Autowired
    FileStore store;

    @TempDir
    Path files;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        TestAccounts.signOut();
    }

    @Test
    void a_citizen_applies_for_an_assistive_device_submits_and_finds_it_in_her_list_and_on_the_tracking_page()
            throws IOException {
        Citizen siti = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Nurhaliza");
        browser = new Browser(port, PHONE_WIDTH, 800);

        // The service's page leads to the form; a visitor signs in on the way and comes back to it.
        browser.open("/layanan/alat-bantu");
        browser.waitFor(By.id("apply-start")).click();
        browser.signIn(siti.email(), siti.password());
        browser.waitForText(By.cssSelector("h1"), "Ajukan permohonan: " + SERVICE_NAME);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/layanan/alat-bantu/ajukan");
        checkPage("/layanan/alat-bantu/ajukan");

        browser.waitFor(By.id("apply-create")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.urlMatches(".*/permohonan/\\d+$"));
        browser.waitForText(By.cssSelector("h1"), SERVICE_NAME);
        String url = browser.driver().getCurrentUrl();
        assertThat(url).matches(".*/permohonan/\\d+$");
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // Before anything is done, the page says what is missing, by name.
        String missing = browser.waitFor(By.id("app-review-missing")).getText();
        assertThat(missing).contains("Berkas: Proposal", "Berkas: KTP", "Berkas: Kartu Keluarga",
                "Berkas: Surat Keterangan Tidak Mampu", "Berkas: Surat Keterangan dari Puskesmas", "Berkas: Foto Pemohon",
                "Isian: Jenis disabilitas", "Isian: Alat bantu yang dibutuhkan",
                "Isian: Apakah sekarang sudah punya alat bantu?");
        assertThat(missing).doesNotContain("jenis-disabilitas", "surat-keterangan-puskesmas");
        assertThat(browser.driver().findElement(By.id("app-status")).getText()).isEqualTo("Draf (belum diajukan)");
        checkPage("/permohonan/{id} as a draft");

        // One file per requirement, each listed under its requirement once stored.
        for (String requirement : DOCUMENTS) {
            upload(requirement, pdf(requirement + ".pdf"));
        }
        assertThat(browser.driver().findElement(By.id("app-review-missing")).getText())
                .doesNotContain("Berkas:").contains("Isian: Jenis disabilitas");

        // The answers, saved: the uploads above changed the application, and that is no conflict.
        browser.chooseRadio("answer-jenis-disabilitas", "Fisik (misalnya sulit berjalan)");
        browser.chooseRadio("answer-alat-diminta", "Kursi roda");
        browser.chooseRadio("answer-sudah-punya-alat", "Tidak");
        browser.waitFor(By.id("app-save")).click();
        browser.waitForText(By.id("app-save-status"), "Isian sudah disimpan.");
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        assertThat(browser.driver().findElements(By.id("app-conflict"))).noneMatch(WebElement::isDisplayed);

        // Without the declaration the submission is refused, and the page says why.
        browser.waitFor(By.id("app-submit")).click();
        browser.waitForText(By.id("app-submit-error"), "Centang pernyataan");
        browser.tick("app-declaration");
        browser.waitFor(By.id("app-submit")).click();
        browser.waitForText(By.id("app-submitted"), "Permohonan Anda sudah diajukan");
        String number = browser.waitFor(By.id("app-submitted-number")).getText();
        assertThat(number).matches("ALB-\\d{4}-\\d{6}");
        assertThat(browser.driver().findElement(By.id("app-tracking")).getText()).isEqualTo(number);
        assertThat(browser.driver().findElement(By.id("app-status")).getText()).isEqualTo("Diajukan");
        WebElement receipt = browser.driver().findElement(By.id("app-receipt"));
        assertThat(receipt.getText()).isEqualTo("Unduh tanda terima (PDF)");
        assertThat(receipt.getDomProperty("href"))
                .isEqualTo("http://localhost:" + port + "/permohonan/" + id + "/tanda-terima.pdf");
        assertThat(receipt.getDomAttribute("download")).isNotNull();
        assertThat(receipt.getDomAttribute("router-ignore")).isNotNull();
        // The receipt itself, fetched with the citizen's session as the link would: a PDF.
        assertThat((String) browser.script("return fetch(arguments[0]).then(r => r.status + ' ' + r.headers.get('content-type')"
                + " + ' ' + (r.headers.get('content-disposition') || ''))", receipt.getDomProperty("href")))
                .startsWith("200 application/pdf").contains("tanda-terima-" + number + ".pdf");
        ApplicationDetails submitted = TestAccounts.as(siti, () -> intake.details(id));
        DocumentInfo ktp = submitted.currentDocuments("ktp").getFirst();
        WebElement ktpLink = browser.waitFor(By.cssSelector("#files-ktp a"));
        assertThat(ktpLink.getDomProperty("href"))
                .isEqualTo("http://localhost:" + port + "/permohonan/" + id + "/berkas/" + ktp.id());
        assertThat(browser.driver().findElement(By.id("app-answers")).getText())
                .contains("Jenis disabilitas", "Fisik (misalnya sulit berjalan)", "Kursi roda", "Tidak");
        assertThat(browser.driver().findElement(By.id("app-timeline")).getText())
                .contains("Draf dibuat", "Permohonan diajukan", "WIB");
        checkPage("/permohonan/{id} once submitted");
        assertThat(submitted.answers()).containsEntry("jenis-disabilitas", "fisik")
                .containsEntry("alat-diminta", "kursi-roda").containsEntry("sudah-punya-alat", "false");

        // "Permohonan saya" lists it with its number and status.
        browser.open("/permohonan");
        browser.waitForText(By.id("app-list"), number);
        WebElement item = browser.driver().findElement(By.cssSelector("#app-list [data-id='" + id + "']"));
        assertThat(item.getText()).contains(SERVICE_NAME, "Nomor " + number, "Diajukan");
        checkPage("/permohonan");
        item.findElement(By.linkText(SERVICE_NAME)).click();
        browser.waitForText(By.id("app-tracking"), number);

        // Public tracking, the number filled in from the link: the last four digits of the NIK open it.
        browser.open("/lacak?nomor=" + number);
        assertThat(browser.waitFor(By.cssSelector("#track-number input")).getDomProperty("value")).isEqualTo(number);
        checkPage("/lacak");
        browser.fill("track-verifier", siti.nik().substring(12));
        browser.waitFor(By.id("track-submit")).click();
        browser.waitForText(By.id("track-result"), SERVICE_NAME);
        assertThat(browser.driver().findElement(By.id("track-status")).getText()).isEqualTo("Diajukan");
        assertThat(browser.driver().findElement(By.id("track-timeline")).getText()).contains("Permohonan diajukan");
        String page = browser.driver().findElement(By.id("main")).getText();
        assertThat(page).doesNotContain(siti.fullName(), siti.nik(), siti.email());
        checkPage("/lacak with a result");

        // A wrong verifier is answered like an unknown number, without saying which half was wrong.
        String phoneLastFour = jdbc.queryForObject("SELECT phone FROM account_user WHERE id = ?", String.class, siti.id());
        String wrong = Stream.of("0000", "1111", "2222").filter(w -> !siti.nik().endsWith(w)
                && (phoneLastFour == null || !phoneLastFour.endsWith(w))).findFirst().orElseThrow();
        browser.fill("track-verifier", wrong);
        browser.waitFor(By.id("track-submit")).click();
        browser.waitForText(By.id("track-message"),
                "Kami tidak menemukan permohonan dengan nomor dan 4 angka tersebut.");
        assertThat(browser.driver().findElements(By.id("track-status"))).isEmpty();
    }

    @Test
    void in_a_correction_round_the_citizen_sees_the_reason_replaces_only_the_ktp_and_resubmits() throws IOException {
        Citizen budi = TestAccounts.verifiedCitizen(registration, jdbc, "Budi Santoso");
        long id = TestAccounts.as(budi, () -> {
            long draft = intake.startDraft("alat-bantu", null, null, null);
            Map<String, Object> answers = new HashMap<>(Map.of("jenis-disabilitas", "fisik", "alat-diminta", "kursi-roda",
                    "sudah-punya-alat", "true"));
            intake.saveAnswers(draft, null, answers, intake.details(draft).version());
            for (String requirement : DOCUMENTS) {
                intake.attach(draft, requirement, store.store(new ByteArrayInputStream(TestFiles.pdf()),
                        requirement + ".pdf"));
            }
            intake.submit(draft, true);
            return draft;
        });
        TestUsers.runAs(TestUsers.staff(900_201, "rehsos", StaffRole.VERIFIER), () -> intake.returnForCorrection(id,
                List.of(CorrectionItem.document("ktp", "Foto KTP buram"))));

        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/permohonan/" + id);
        browser.signIn(budi.email(), budi.password());
        browser.waitForText(By.cssSelector("h1"), SERVICE_NAME);
        browser.waitForText(By.id("app-corrections-open"), "KTP: Foto KTP buram");
        assertThat(browser.driver().findElement(By.id("app-status")).getText()).isEqualTo("Perlu perbaikan");
        assertThat(browser.driver().findElement(By.id("reason-ktp")).getText()).contains("Foto KTP buram");
        assertThat(browser.driver().findElement(By.id("reason-kk")).getText()).contains("Tidak perlu diubah");
        assertThat(browser.driver().findElements(By.id("upload-kk"))).as("only the KTP takes a file").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#files-ktp vaadin-button")))
                .as("a submitted file is not removed").isEmpty();
        assertThat(browser.driver().findElement(By.id("app-review-missing")).getText()).contains("Berkas: KTP")
                .doesNotContain("Kartu Keluarga");
        assertThat(browser.driver().findElements(By.id("app-save"))).as("no answer was returned").isEmpty();
        assertThat(browser.driver().findElement(By.id("app-answers")).getText())
                .contains("Fisik (misalnya sulit berjalan)", "Ya");
        assertThat(browser.driver().findElement(By.cssSelector("#upload-ktp vaadin-button")).getText())
                .isEqualTo("Pilih berkas pengganti…");
        checkPage("/permohonan/{id} in a correction round");

        upload("ktp", pdf("ktp-baru.pdf"));
        assertThat(browser.driver().findElement(By.id("files-ktp")).getText()).doesNotContain("ktp.pdf");
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        browser.tick("app-declaration");
        assertThat(browser.driver().findElement(By.cssSelector("#upload-ktp vaadin-button")).getText())
                .isEqualTo("Tambah berkas…");
        WebElement send = browser.waitFor(By.id("app-submit"));
        assertThat(send.getText()).isEqualTo("Kirim perbaikan");
        send.click();
        browser.waitForText(By.id("app-submitted"), "Perbaikan Anda sudah dikirim");
        assertThat(browser.driver().findElement(By.id("app-status")).getText()).isEqualTo("Diajukan");
        assertThat(browser.driver().findElement(By.id("app-rounds")).getText())
                .contains("Perbaikan ke-1", "KTP: Foto KTP buram");
        assertThat(browser.driver().findElement(By.id("app-timeline")).getText())
                .contains("Permohonan diajukan", "Dikembalikan untuk perbaikan", "Diajukan kembali setelah perbaikan");
        assertThat(browser.driver().findElement(By.id("files-ktp")).getText())
                .contains("ktp-baru.pdf", "ktp.pdf", "Diganti saat perbaikan");
        checkPage("/permohonan/{id} after the correction");

        ApplicationDetails details = TestAccounts.as(budi, () -> intake.details(id));
        assertThat(details.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(details.currentDocuments("ktp")).extracting(DocumentInfo::originalName).containsExactly("ktp-baru.pdf");
        for (String other : DOCUMENTS.subList(2, DOCUMENTS.size())) {
            assertThat(details.currentDocuments(other)).as(other).singleElement()
                    .satisfies(d -> assertThat(d.round()).isEqualTo(1));
        }
    }

    @Test
    void a_report_in_english_takes_a_date_and_a_place_keeps_typed_text_across_languages_and_is_withdrawn_with_a_reason() {
        Citizen rudi = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
        browser = new Browser(port, PHONE_WIDTH, 800);

        // A service taken only at the counter says so; one through DPMPTSP needs an organisation first.
        browser.open("/layanan/dtks/ajukan?lang=en");
        browser.signIn(rudi.email(), rudi.password());
        browser.waitForText(By.id("apply-counter-only"), "cannot be applied for online");
        browser.open("/layanan/lks/ajukan");
        browser.waitForText(By.id("apply-no-organisation"), "not yet a member");

        browser.open("/layanan/odgj");
        browser.waitFor(By.id("apply-start")).click();
        browser.waitForText(By.cssSelector("h1"), "Report: Help for persons with mental disorders (ODGJ)");
        assertThat(browser.driver().findElements(By.id("apply-for"))).as("a report is made by the reporter").isEmpty();
        browser.waitFor(By.id("apply-create")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.urlMatches(".*/permohonan/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        browser.waitForText(By.id("app-review-missing"), "Answer: When was the person last seen there?");
        assertThat(browser.driver().findElement(By.id("app-review-missing")).getText())
                .as("a report asks for no documents").doesNotContain("Document:");
        assertThat(browser.driver().findElement(By.cssSelector("#req-kartu-identitas .badge")).getText())
                .isEqualTo("Optional");
        checkPage("/permohonan/{id} as a report in English");

        // What was typed survives a switch of language; the form's labels follow it.
        WebElement story = browser.waitFor(By.cssSelector("#answer-kejadian textarea"));
        story.sendKeys("Seorang bapak tidur di halte sejak tiga hari.");
        browser.waitFor(By.id("language-switch")).click();
        browser.waitForText(By.id("answer-kejadian"), "Ceritakan keadaan orang itu");
        assertThat(browser.waitFor(By.cssSelector("#answer-kejadian textarea")).getDomProperty("value"))
                .isEqualTo("Seorang bapak tidur di halte sejak tiga hari.");
        browser.waitFor(By.id("language-switch")).click();
        browser.waitForText(By.id("answer-kejadian"), "Describe the person");

        // A place: the kecamatan, then its villages. A date that is no date is said next to the field.
        browser.fill("answer-lokasi-desa-district", "Tambun Utara");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("answer-lokasi-desa-village")).getDomAttribute("disabled") == null);
        browser.fill("answer-lokasi-desa-village", "Satriajaya");
        browser.fill("answer-lokasi-detail", "Halte depan pasar");
        browser.fill("answer-tanggal-kejadian", "31/02/2026");
        browser.chooseRadio("answer-dalam-bahaya", "No");
        browser.waitFor(By.id("app-save")).click();
        waitForErrorMessage("answer-tanggal-kejadian", "Enter a valid date");
        assertThat(browser.driver().findElement(By.id("app-save-status")).getText()).contains("Answers to correct: 1");

        browser.fill("answer-tanggal-kejadian", "17/08/2026");
        browser.waitFor(By.id("app-save")).click();
        browser.waitForText(By.id("app-save-status"), "Your answers have been saved.");
        browser.waitForText(By.id("app-review-missing"), "Answer: You are reporting as");
        assertThat(browser.driver().findElement(By.id("app-review-missing")).getText())
                .doesNotContain("last seen", "Village", "Describe");
        Map<String, Object> saved = TestAccounts.as(rudi, () -> intake.details(id)).answers();
        assertThat(saved).containsEntry("lokasi-desa", "32.16.05.2001").containsEntry("tanggal-kejadian", "2026-08-17")
                .containsEntry("dalam-bahaya", "false").containsEntry("kejadian", "Seorang bapak tidur di halte sejak tiga hari.");

        // Withdrawal asks why, in a dialog; without a reason it says so next to the field.
        browser.waitFor(By.id("app-withdraw")).click();
        browser.waitFor(By.id("withdraw-confirm")).click();
        waitForErrorMessage("withdraw-reason", "Write why you withdraw");
        browser.waitFor(By.cssSelector("#withdraw-reason textarea")).sendKeys("Keluarganya sudah menjemput.");
        browser.waitFor(By.id("withdraw-confirm")).click();
        browser.waitForText(By.id("app-status"), "Withdrawn");
        browser.waitForText(By.id("app-message"), "The application has been withdrawn.");
        assertThat(browser.driver().findElement(By.id("app-timeline")).getText())
                .contains("Withdrawn by the applicant", "Reason: Keluarganya sudah menjemput.");
        assertThat(browser.driver().findElements(By.id("app-withdraw"))).isEmpty();
        checkPage("/permohonan/{id} withdrawn, in English");

        // Someone else's application answers like one that does not exist.
        Citizen other = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        long theirs = TestAccounts.as(other, () -> intake.startDraft("alat-bantu", null, null, null));
        browser.open("/permohonan/" + theirs);
        browser.waitForText(By.cssSelector("h1"), "Page not found");
        browser.open("/permohonan/999999999");
        browser.waitForText(By.cssSelector("h1"), "Page not found");
    }

    // ------------------------------------------------------------------ helpers

    /** The field turns invalid and receives its message in separate updates: wait for the message itself. */
    private void waitForErrorMessage(String id, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            WebElement field = d.findElement(By.id(id));
            return field.getDomAttribute("invalid") != null
                    && String.valueOf(field.getDomProperty("errorMessage")).contains(text);
        });
    }

    private Path pdf(String name) throws IOException {
        return Files.write(files.resolve(name), TestFiles.pdf());
    }

    /** Chooses a file in the requirement's upload field and waits until it is listed as stored. */
    private void upload(String requirement, Path file) {
        WebElement field = browser.waitFor(By.cssSelector("#upload-" + requirement + " vaadin-upload"));
        field.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.waitForText(By.id("files-" + requirement), file.getFileName().toString());
    }





    private void checkPage(String what) {
        assertThat(browser.seriousAccessibilityViolations()).as(what).isEmpty();
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 360 px on " + what)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
