package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.Beneficiary;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * A letter's life in Chromium, each person in their own browser: the pelaksana drafts the berita acara
 * of an approved alat-bantu case on the case screen and initials it; the ketua tim initials it; the
 * kepala bidang signs it (a.n. the head of office); the citizen finds it on her application on a phone
 * and downloads it (pdfsig finds the signature valid); the address in its QR code opens the public
 * verification page, which says it is valid; the kepala bidang revokes it with a reason, and the same
 * page then says it is revoked, since when and why.
 */
@IntegrationTest
class LetterJourneyBrowserTest {

    static final int PHONE_WIDTH = 360;
    static final int DESK_WIDTH = 1280;

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
    @Autowired
    ApplicationService intake;
    @Autowired
    CaseworkService casework;
    @Autowired
    SigningKeys keys;
    @Autowired
    FileStore store;

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
    void an_approved_case_is_initialled_twice_signed_downloaded_verified_from_its_qr_code_and_revoked() throws Exception {
        Citizen dewi = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Kartika");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        StaffForm pelaksana = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos", StaffRole.VERIFIER);
        StaffForm ketuaTim = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos", StaffRole.TEAM_LEAD);
        StaffForm kabid = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        long kabidId = TestStaff.idOf(jdbc, kabid.email());
        keys.enrol(kabidId, kabid.fullName(), "Pembina", "197505052000032001");
        TestAccounts.signOut();

        // The approved case (the back office's journey is CaseworkJourneyBrowserTest).
        long applicationId = TestApplications.submittedAlatBantu(intake, store, dewi,
                new Beneficiary("Sri Wahyuningsih", null, null), TestApplications.defaultUploads());
        PortalUser deciding = TestUsers.staff(kabidId, "rehsos", StaffRole.HEAD_OF_DIVISION);
        TestUsers.runAs(deciding, () -> casework.decide(applicationId, casework.details(applicationId).version(), true, null));

        // The pelaksana drafts the berita acara on the case screen, then initials it among the letters.
        browser = new Browser(port, DESK_WIDTH, 900);
        browser.open("/kasus/" + applicationId);
        browser.signIn(pelaksana.email(), TestStaff.PASSWORD);
        browser.waitForText(By.id("case-letters"), "Belum ada surat");
        assertThat(browser.waitFor(By.cssSelector("#case-letter-type input")).getDomProperty("value"))
                .as("alat-bantu has one letter type, chosen already").isEqualTo("BERITA ACARA SERAH TERIMA");
        browser.waitFor(By.id("case-letter-prepare")).click();
        browser.waitForText(By.id("case-letter-message"), "Draf surat dibuat");
        browser.waitForText(By.id("case-letters"), "menunggu paraf Pelaksana");
        assertThat(browser.driver().findElements(By.id("case-letter-prepare")))
                .as("a second berita acara is not offered").isEmpty();
        long letterId = jdbc.queryForObject("SELECT id FROM letter WHERE application_id = ?", Long.class, applicationId);
        assertThat(browser.seriousAccessibilityViolations()).as("case screen with its letters").isEmpty();
        browser.open("/surat");
        browser.waitFor(By.id("letter-initial-" + letterId)).click();
        browser.waitForText(By.id("letters-message"), "Paraf tercatat");
        browser.close();

        // The ketua tim initials it.
        browser = new Browser(port, DESK_WIDTH, 900);
        browser.open("/surat");
        browser.signIn(ketuaTim.email(), TestStaff.PASSWORD);
        browser.waitFor(By.id("letter-initial-" + letterId)).click();
        browser.waitForText(By.id("letters-message"), "Paraf tercatat");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).withMessage("the letter no longer waits for the ketua tim")
                .until(d -> d.findElements(By.id("letter-initial-" + letterId)).stream().noneMatch(WebElement::isDisplayed));
        browser.close();

        // The kepala bidang signs it.
        browser = new Browser(port, DESK_WIDTH, 900);
        browser.open("/surat");
        browser.signIn(kabid.email(), TestStaff.PASSWORD);
        browser.waitFor(By.id("letter-sign-" + letterId));
        assertThat(browser.seriousAccessibilityViolations()).as("/surat with a letter to sign").isEmpty();
        browser.waitFor(By.id("letter-sign-" + letterId)).click();
        browser.waitForText(By.id("letters-message"), "Surat ditandatangani");
        String number = jdbc.queryForObject("SELECT number FROM letter WHERE id = ?", String.class, letterId);
        assertThat(number).matches("400\\.9\\.3/\\d{4}/Dinsos/\\d{4}");
        browser.waitForText(By.id("letters-signed"), number);
        browser.close();

        // The citizen finds it on her application, on her phone, and downloads it.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open("/permohonan/" + applicationId);
        browser.signIn(dewi.email(), dewi.password());
        browser.waitForText(By.id("app-letters"), number);
        assertThat(browser.driver().findElement(By.id("app-status")).getText()).isEqualTo("Selesai");
        assertThat(browser.driver().findElement(By.id("app-letters")).getText()).contains("BERITA ACARA SERAH TERIMA", "Sah");
        assertThat(browser.seriousAccessibilityViolations()).as("the application with its letter").isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
        byte[] pdf = fetch(browser.driver().findElement(By.cssSelector("#app-letters a.app-letter-download")));
        assertThat(PdfTools.pdfsig(pdf)).contains("Signature is Valid.", "Total document signed");
        String qr = PdfTools.decodeQr(pdf);
        browser.close();

        // Anyone who scans the QR code sees the letter valid.
        URI address = URI.create(qr);
        String code = jdbc.queryForObject("SELECT verification_code FROM letter WHERE id = ?", String.class, letterId);
        assertThat(address.getPath()).isEqualTo("/verifikasi/" + code);
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open(address.getPath());
        assertThat(browser.waitFor(By.id("verification-number")).getText()).isEqualTo(number);
        assertThat(browser.driver().findElement(By.id("verification-status")).getText()).contains("sah")
                .doesNotContain("DICABUT");
        browser.close();

        // The kepala bidang revokes it.
        browser = new Browser(port, DESK_WIDTH, 900);
        browser.open("/surat");
        browser.signIn(kabid.email(), TestStaff.PASSWORD);
        browser.waitFor(By.id("letter-revoke-" + letterId)).click();
        browser.waitFor(By.cssSelector("#letters-reason textarea")).sendKeys("Nama penerima tertulis salah");
        browser.waitFor(By.id("letters-reason-confirm")).click();
        browser.waitForText(By.id("letters-message"), "Surat dicabut");
        browser.close();

        // The same address now says it is revoked, since when and why.
        browser = new Browser(port, PHONE_WIDTH, 800);
        browser.open(address.getPath());
        browser.waitForText(By.id("verification-status"), "DICABUT");
        assertThat(browser.driver().findElement(By.id("verification-status")).getText())
                .contains("Nama penerima tertulis salah", "DICABUT pada");
        assertThat(browser.seriousAccessibilityViolations()).as("verification page of a revoked letter").isEmpty();
    }

    /** Downloads what a link points to with the browser's own session, as clicking it would. */
    private byte[] fetch(WebElement link) {
        String href = link.getDomAttribute("href");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> href != null);
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('failed ' + e));
                """, href);
        assertThat(String.valueOf(base64)).doesNotStartWith("failed");
        return Base64.getDecoder().decode(String.valueOf(base64));
    }
}
