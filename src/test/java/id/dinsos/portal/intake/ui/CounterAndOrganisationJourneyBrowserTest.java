package id.dinsos.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.StaffForm;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.IntakeChannel;
import id.dinsos.portal.organisation.DocumentKind;
import id.dinsos.portal.organisation.LegalForm;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * Two more ways in, in Chromium: (c) the clerk at the counter enters an SJPP application for a
 * walk-in person in a handful of steps (NIK, Enter, service, answers, scans, submit), a program
 * named like a PDF refused on the way; (b) an organisation's member applies for LKS registration
 * using documents from the organisation's library with one click each.
 */
@IntegrationTest
class CounterAndOrganisationJourneyBrowserTest {

    static final String SJPP = "Rekomendasi Surat Jaminan Pelayanan Perawatan (SJPP)";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    StaffService staff;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationDocumentService library;
    @Autowired
    ApplicationService intake;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

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
    void the_front_office_enters_an_sjpp_application_for_a_walk_in_person_in_a_handful_of_steps() throws IOException {
        Citizen walkIn = TestAccounts.verifiedCitizen(registration, jdbc, "Suryani Lestari");
        PortalUser admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
        StaffForm clerk = TestStaff.createWithPassword(staff, passwords, jdbc, admin, "fakir-miskin",
                StaffRole.FRONT_OFFICE);
        browser = new Browser(port, 1280, 900);

        browser.open("/loket");
        browser.signIn(clerk.email(), TestStaff.PASSWORD);
        browser.waitForText(By.cssSelector("h1"), "Loket");
        checkPage("/loket");

        // 1. The NIK and Enter: the account's name and number are filled in.
        WebElement nik = browser.waitFor(By.cssSelector("#counter-nik input"));
        nik.sendKeys(walkIn.nik(), Keys.ENTER);
        browser.waitForText(By.id("counter-found"), "memiliki akun portal");
        assertThat(browser.waitFor(By.cssSelector("#counter-name input")).getDomProperty("value"))
                .isEqualTo("Suryani Lestari");
        // 2. The service, by typing part of its name.
        WebElement service = browser.waitFor(By.cssSelector("#counter-service input"));
        service.sendKeys("SJPP");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'SJPP')]")).click();
        // 3. Create: the application page opens with its form and upload slots.
        browser.waitFor(By.id("counter-create")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/permohonan/\\d+$"));
        browser.waitForText(By.cssSelector("h1"), SJPP);
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // 4. The answers.
        browser.fill("answer-nama-faskes", "RSUD Kabupaten Bekasi");
        browser.chooseRadio("answer-sedang-dirawat", "Ya");
        browser.fill("answer-tanggal-masuk", "24/11/2026");
        browser.waitFor(By.id("app-save")).click();
        browser.waitForText(By.id("app-save-status"), "Isian sudah disimpan.");

        // A program named like a PDF is refused with the reason, and nothing is recorded.
        Path program = Files.write(files.resolve("ktp.pdf"), TestFiles.windowsExecutable());
        choose("ktp", program);
        browser.waitForText(By.cssSelector("#upload-ktp .field-error"), "Berkas harus berupa PDF, JPG, atau PNG");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_document WHERE application_id = ?", Integer.class, id))
                .isZero();
        // So is a 60 MB scan, with the limit and what to do.
        Path huge = files.resolve("kk-besar.pdf");
        try (var out = Files.newOutputStream(huge)) {
            out.write(TestFiles.pdf());
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                out.write(block);
            }
        }
        choose("kk", huge);
        browser.waitForText(By.cssSelector("#upload-kk .field-error"), "lebih besar dari 10 MB");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_document WHERE application_id = ?", Integer.class, id))
                .isZero();

        // 5. The scans, one per requirement.
        for (String requirement : List.of("kk", "ktp", "kartu-pbi", "sktm", "surat-keterangan-rawat")) {
            Path scan = Files.write(files.resolve(requirement + "-scan.pdf"), TestFiles.pdf());
            choose(requirement, scan);
            browser.waitForText(By.id("files-" + requirement), scan.getFileName().toString());
        }
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        checkPage("/permohonan/{id} at the counter");

        // 6. The person's declaration, and submit.
        browser.waitFor(By.id("app-declaration")).findElement(By.cssSelector("input")).click();
        browser.waitFor(By.id("app-submit")).click();
        String number = browser.waitFor(By.id("app-submitted-number")).getText();
        assertThat(number).matches("SJP-\\d{4}-\\d{6}");

        ApplicationDetails details = TestAccounts.as(walkIn, () -> intake.details(id));
        assertThat(details.channel()).isEqualTo(IntakeChannel.COUNTER);
        assertThat(details.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(details.answers()).containsEntry("sedang-dirawat", "true").containsEntry("tanggal-masuk", "2026-11-24");
        assertThat(details.documents()).hasSize(5);
    }

    @Test
    void an_organisation_member_applies_for_lks_registration_with_documents_from_the_library() throws IOException {
        Citizen pengurus = TestAccounts.verifiedCitizen(registration, jdbc, "Hendra Gunawan");
        long organisationId = TestAccounts.as(pengurus, () -> organisations.create(new OrganisationProfile(
                "Yayasan Cahaya Harapan", LegalForm.YAYASAN, "15", LocalDate.of(2012, 5, 2),
                "AHU-0004321.AH.01.04.Tahun 2012", "01.234.567.4-123.000",
                "Jl. Kenanga No. 3, Tambun Utara, Kabupaten Bekasi", "H. Ahmad Syarif")));
        TestAccounts.as(pengurus, () -> {
            library.add(organisationId, DocumentKind.AKTA, "Akta pendirian 2012", storedPdf("akta.pdf"));
            library.add(organisationId, DocumentKind.AD_ART, null, storedPdf("ad-art.pdf"));
        });
        browser = new Browser(port, 360, 800);

        browser.open("/layanan/lks/ajukan");
        browser.signIn(pengurus.email(), pengurus.password());
        browser.waitForText(By.cssSelector("h1"), "Ajukan permohonan");
        browser.waitFor(By.xpath("//*[@id='apply-variant']//vaadin-radio-button[contains(., 'Pendaftaran baru')]"))
                .findElement(By.cssSelector("input")).click();
        browser.waitFor(By.id("apply-create")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/permohonan/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // The library's documents, one click each: each is listed under its requirement.
        useFromLibrary("akta-pendirian", "Akta pendirian 2012");
        useFromLibrary("ad-art", "ad-art.pdf");
        browser.waitForText(By.id("files-akta-pendirian"), "akta.pdf");
        browser.waitForText(By.id("files-ad-art"), "ad-art.pdf");
        checkPage("/permohonan/{id} for an organisation");

        // The rest as any applicant would give it (here through the service), then submitted on the page.
        TestAccounts.as(pengurus, () -> {
            intake.saveAnswers(id, "baru", Map.of("nama-lks", "Yayasan Cahaya Harapan", "bidang-pelayanan", "anak",
                    "desa-lks", "32.16.05.2001", "alamat-lks", "Jl. Kenanga No. 3", "jumlah-klien", "25"),
                    intake.details(id).version());
            for (var requirement : List.of("surat-permohonan", "pengesahan-kemenkumham", "status-tanah",
                    "sarana-prasarana", "susunan-pengurus", "program-kerja", "kegiatan-ditingkatkan", "modal-kerja",
                    "administrasi-kegiatan", "foto-kegiatan", "klien-kantor-pengurus", "npwp", "ktp",
                    "sk-desa-kecamatan", "domisili", "izin-tokoh-masyarakat")) {
                intake.attach(id, requirement, storedPdf(requirement + ".pdf"));
            }
        });
        browser.open("/permohonan/" + id);
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        browser.waitFor(By.id("app-declaration")).findElement(By.cssSelector("input")).click();
        browser.waitFor(By.id("app-submit")).click();
        assertThat(browser.waitFor(By.id("app-submitted-number")).getText()).matches("LKS-\\d{4}-\\d{6}");

        ApplicationDetails details = TestAccounts.as(pengurus, () -> intake.details(id));
        assertThat(details.organisationId()).isEqualTo(organisationId);
        assertThat(details.currentDocuments("akta-pendirian")).singleElement()
                .satisfies(d -> assertThat(d.fromLibrary()).isTrue());
    }

    private id.dinsos.portal.shared.storage.StoredFile storedPdf(String name) {
        return store.store(new java.io.ByteArrayInputStream(TestFiles.pdf()), name);
    }

    private void useFromLibrary(String requirement, String label) {
        WebElement input = browser.waitFor(By.cssSelector("#library-" + requirement + " input"));
        input.sendKeys(label);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(normalize-space(.), '" + label + "')]")).click();
        browser.waitFor(By.id("library-use-" + requirement)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("#files-" + requirement + " .file-item")).isEmpty());
    }

    private void choose(String requirement, Path file) {
        WebElement field = browser.waitFor(By.cssSelector("#upload-" + requirement + " vaadin-upload"));
        field.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }




    private void checkPage(String what) {
        assertThat(browser.seriousAccessibilityViolations()).as(what).isEmpty();
        assertThat(browser.scrollWidth()).as("no sideways scrolling on " + what)
                .isLessThanOrEqualTo(browser.driver().manage().window().getSize().getWidth());
    }
}
