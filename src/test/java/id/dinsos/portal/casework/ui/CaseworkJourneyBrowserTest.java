package id.dinsos.portal.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The back office's main journey in Chromium, each person in their own browser: a citizen applies
 * for an assistive device on a phone; the head of the division routes the case to a pelaksana; the
 * pelaksana finds the KK wanting and returns it (the clock stops); the citizen replaces the KK and
 * sends it back (the clock runs again); the pelaksana approves. The citizen sees the expected
 * completion on "My applications" throughout; the case screen passes axe at 360 px.
 */
@IntegrationTest
class CaseworkJourneyBrowserTest {

    static final int PHONE_WIDTH = 360;
    static final List<String> DOCUMENTS = List.of("proposal", "ktp", "kk", "sktm", "surat-keterangan-puskesmas", "foto");

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
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
    void apply_route_return_one_requirement_correct_it_and_approve_with_the_expected_completion_shown_throughout()
            throws IOException {
        Citizen siti = TestAccounts.verifiedCitizen(registration, jdbc, "Siti Aminah");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        StaffForm kabid = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        StaffForm pelaksana = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.VERIFIER);

        // The citizen applies on her phone.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/layanan/alat-bantu");
        browser.waitFor(By.id("apply-start")).click();
        browser.signIn(siti.email(), siti.password());
        browser.waitFor(By.id("apply-create")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.urlMatches(".*/permohonan/\\d+$"));
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        for (String requirement : DOCUMENTS) {
            upload(requirement, pdf(requirement + ".pdf"));
        }
        browser.chooseRadio("answer-jenis-disabilitas", "Fisik (misalnya sulit berjalan)");
        browser.chooseRadio("answer-alat-diminta", "Kursi roda");
        browser.chooseRadio("answer-sudah-punya-alat", "Tidak");
        browser.waitFor(By.id("app-save")).click();
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        browser.tick("app-declaration");
        browser.waitFor(By.id("app-submit")).click();
        browser.waitForText(By.id("app-submitted"), "Permohonan Anda sudah diajukan");
        String number = browser.waitFor(By.id("app-submitted-number")).getText();
        String dueAtSubmission = expectedCompletion(id);
        assertThat(dueAtSubmission).contains("WIB");
        assertThat(jdbc.queryForObject("SELECT due_at FROM casework_case WHERE id = ?", java.sql.Timestamp.class, id))
                .isNotNull();
        browser.close();

        // The head of the division opens the case and routes it to the pelaksana.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/kasus/" + id);
        browser.signIn(kabid.email(), TestStaff.PASSWORD);
        browser.waitForText(By.id("case-title"), number);
        assertThat(browser.driver().findElement(By.id("case-holder")).getText()).contains("Kepala bidang");
        assertThat(browser.driver().findElement(By.id("case-sla-state")).getText()).isEqualTo("Sesuai jadwal");
        checkPage("/kasus/{id} for the head of division");
        choose("route-to", pelaksana.fullName());
        browser.waitFor(By.cssSelector("#route-text textarea")).sendKeys("Mohon diverifikasi hari ini");
        browser.waitFor(By.id("route-submit")).click();
        browser.waitForText(By.id("case-holder"), pelaksana.fullName());
        assertThat(browser.driver().findElement(By.id("case-history-list")).getText())
                .contains("Disposisi", kabid.fullName(), pelaksana.fullName(), "Mohon diverifikasi hari ini");
        browser.close();

        // The pelaksana finds the KK unreadable and returns exactly that requirement.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/kasus/" + id);
        browser.signIn(pelaksana.email(), TestStaff.PASSWORD);
        browser.waitForText(By.id("case-instruction"), "Mohon diverifikasi hari ini");
        browser.waitFor(By.cssSelector("#req-kk .file-item"));
        browser.chooseRadio("verdict-kk", "Kurang");
        choose("reason-kk", "Dokumen tidak terbaca jelas");
        browser.fill("note-kk", "Foto KK buram di bagian bawah");
        browser.waitFor(By.id("check-save-kk")).click();
        browser.waitForText(By.id("finding-kk"), "Kurang: Dokumen tidak terbaca jelas");
        checkPage("/kasus/{id} for the pelaksana");
        browser.waitFor(By.id("return-wanting")).click();
        browser.waitForText(By.id("case-status"), "Perlu perbaikan");
        assertThat(browser.driver().findElement(By.id("case-sla-state")).getText()).contains("berhenti");
        browser.close();

        // The citizen sees why, still with an expected completion, replaces the KK and sends it back.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/permohonan/" + id);
        browser.signIn(siti.email(), siti.password());
        browser.waitForText(By.id("app-corrections-open"), "Dokumen tidak terbaca jelas: Foto KK buram di bagian bawah");
        assertThat(browser.driver().findElements(By.id("upload-ktp"))).as("only the KK is returned").isEmpty();
        upload("kk", pdf("kk-baru.pdf"));
        browser.waitForText(By.id("app-review"), "Semua persyaratan dan isian wajib sudah lengkap.");
        browser.tick("app-declaration");
        browser.waitFor(By.id("app-submit")).click();
        browser.waitForText(By.id("app-submitted"), "Perbaikan Anda sudah dikirim");
        String dueAfterCorrection = expectedCompletion(id);
        assertThat(dueAfterCorrection).contains("WIB");
        Integer closedPauses = jdbc.queryForObject(
                "SELECT COUNT(*) FROM casework_pause WHERE case_id = ? AND reason = 'CORRECTION' AND resumed_at IS NOT NULL",
                Integer.class, id);
        assertThat(closedPauses).as("the clock stood still for the correction, and runs again").isEqualTo(1);
        browser.close();

        // The pelaksana approves: the case awaits its letter.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/kasus/" + id);
        browser.signIn(pelaksana.email(), TestStaff.PASSWORD);
        browser.waitForText(By.id("case-status"), "Diajukan");
        assertThat(browser.driver().findElement(By.id("case-history-list")).getText())
                .contains("Dikembalikan untuk perbaikan", "Perbaikan diterima");
        browser.waitFor(By.id("decide-approve")).click();
        browser.waitForText(By.id("case-status"), "Disetujui, menunggu surat");
        browser.close();

        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/permohonan");
        browser.signIn(siti.email(), siti.password());
        WebElement item = browser.waitFor(By.cssSelector("#app-list [data-id='" + id + "']"));
        browser.waitForText(By.cssSelector("#app-list [data-id='" + id + "']"), "Disetujui, menunggu surat");
        assertThat(item.findElement(By.className("expected-completion")).getText()).startsWith("Perkiraan selesai");
        checkPage("/permohonan after the approval");
    }

    /** The expected completion on "My applications", opened in the current browser (the citizen's). */
    private String expectedCompletion(long id) {
        browser.open("/permohonan");
        WebElement due = browser.waitFor(By.cssSelector("#app-list [data-id='" + id + "'] .expected-completion"));
        assertThat(due.getText()).startsWith("Perkiraan selesai");
        return due.getText();
    }

    /** Picks the item with this text in a Vaadin combo box, as a person typing would. */
    private void choose(String comboId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(text);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + text + "')]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                String.valueOf(d.findElement(By.cssSelector("#" + comboId + " input")).getDomProperty("value"))
                        .contains(text));
    }

    private Path pdf(String name) throws IOException {
        return Files.write(files.resolve(name), TestFiles.pdf());
    }

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
