package id.dinsos.portal.letter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.springframework.security.core.userdetails.UserDetailsService;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.letter.LetterTemplateAdmin;
import id.dinsos.portal.letter.LetterTemplates;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The letter templates screen on a phone (360 px): an administrator uploads an edited template, sees it
 * pass, installs it, and the list shows the type as customised with a revert button.
 */
@IntegrationTest
class LetterTemplatesAdminBrowserTest {

    private static final String TYPE = "berita-acara-serah-terima";

    @Value("${local.server.port}")
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LetterTemplates templates;
    @Autowired
    LetterTemplateAdmin templateAdmin;

    Browser browser;
    PortalUser admin;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (admin != null) {
            // The database is shared with the other tests: the shipped files again.
            TestUsers.runAs(admin, () -> templateAdmin.activeTemplates().stream()
                    .filter(LetterTemplates.ActiveTemplate::customised)
                    .forEach(a -> templateAdmin.revert(a.template().code(), "test")));
        }
        TestAccounts.signOut();
    }

    @Test
    void an_administrator_installs_an_edited_template_on_a_phone() throws Exception {
        admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        String text = templates.shippedFile(TYPE).orElseThrow().text()
                .replace("title: BERITA ACARA SERAH TERIMA", "title: BERITA ACARA SERAH TERIMA BARANG");
        Path file = Files.createTempDirectory("templat").resolve(TYPE + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        browser = new Browser(port, 360, 800);
        browser.open("/admin/templat-surat");
        browser.signIn(admin.getUsername(), TestStaff.PASSWORD);
        browser.open("/admin/templat-surat");
        browser.waitFor(By.id("template-grid"));
        WebElement upload = browser.waitFor(By.id("template-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        browser.waitFor(By.id("template-install"));
        assertThat(browser.driver().findElement(By.id("template-check")).getText()).contains(TYPE);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
        browser.driver().findElement(By.cssSelector("#template-install-note input")).sendKeys("judul diperjelas");
        browser.driver().findElement(By.id("template-install")).click();

        browser.waitForText(By.id("template-message"), "dipasang");
        browser.waitFor(By.id("template-revert-" + TYPE));
        assertThat(templates.find(TYPE).orElseThrow().title()).isEqualTo("BERITA ACARA SERAH TERIMA BARANG");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
    }
}
