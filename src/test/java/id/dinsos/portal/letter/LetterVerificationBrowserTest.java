package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The public verification page of a signed letter in Chromium: what a hospital clerk sees after scanning
 * the QR code on a phone (no serious axe violation, no sideways scrolling at 360 px), then the check of
 * an uploaded file: the issued PDF is recognised, a changed one is not and its signature is broken.
 */
@IntegrationTest
class LetterVerificationBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    id.dinsos.portal.casework.CaseworkService casework;
    @Autowired
    LetterService letters;
    @Autowired
    SigningKeys keys;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void close() {
        TestAccounts.signOut();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void a_phone_shows_the_letter_and_tells_an_issued_file_from_a_changed_one() throws Exception {
        LetterTestSupport.enrolSigners(keys);
        TestAccounts.Citizen citizen = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");
        long letter = LetterTestSupport.readyBeritaAcara(letters, LetterTestSupport.approvedAlatBantu(intake, store, citizen, casework));
        LetterService.SignedLetter signed = TestUsers.callAs(LetterTestSupport.HEAD_OF_OFFICE, () -> letters.sign(letter));
        byte[] pdf = TestAccounts.as(citizen, () -> {
            try (InputStream in = letters.download(letter).content()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        browser = new Browser(port, 360, 800);
        browser.open("/verifikasi/" + signed.verificationCode());
        assertThat(browser.waitFor(By.id("verification-number")).getText()).isEqualTo(signed.number());
        assertThat(browser.driver().findElement(By.id("verification-status")).getText()).contains("sah");
        assertThat(browser.driver().findElement(By.id("verification-holder")).getText()).isEqualTo("D*** L******");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);

        upload(pdf, "surat.pdf");
        browser.waitForText(By.id("verification-check-identity"), signed.number());
        assertThat(browser.driver().findElement(By.id("verification-check-signature")).getText()).contains("utuh");

        browser.open("/verifikasi/" + signed.verificationCode());
        upload(PdfTools.tamper(pdf, "<dc:title>"), "surat-diubah.pdf");
        browser.waitForText(By.id("verification-check-identity"), "tidak sama");
        assertThat(browser.driver().findElement(By.id("verification-check-signature")).getText()).contains("TIDAK utuh");

        browser.open("/verifikasi/aaaaaaaaaaaaaaaaaaaaaaaaaa");
        assertThat(browser.waitFor(By.id("verification-not-found")).getText()).contains("tidak ditemukan");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private void upload(byte[] content, String name) throws java.io.IOException {
        Path dir = Files.createTempDirectory("verifikasi");
        Path file = Files.write(dir.resolve(name), content);
        WebElement upload = browser.waitFor(By.id("verification-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
    }
}
