package id.dinsos.portal.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** The schedule form as the case screen embeds it: the team lead assigns a visit to a pelaksana. */
@IntegrationTest
class VisitScheduleBrowserTest {

    @Value("${local.server.port}")
    int port;
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

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
        TestAccounts.signOut();
    }

    @Test
    void the_team_lead_schedules_a_visit_for_a_pelaksana() {
        var pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Nur Aini");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        StaffForm lead = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.TEAM_LEAD);
        StaffForm officer = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.VERIFIER);
        long id = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());

        browser = new Browser(port, 1024, 900);
        browser.open("/uji/jadwal-kunjungan/" + id);
        browser.signIn(lead.email(), TestStaff.PASSWORD);
        browser.open("/uji/jadwal-kunjungan/" + id);
        browser.waitFor(By.id("visit-schedule"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        WebElement combo = browser.waitFor(By.cssSelector("#visit-schedule-officer input"));
        combo.sendKeys(officer.fullName());
        browser.waitFor(By.cssSelector("vaadin-combo-box-item")).click();
        browser.waitFor(By.cssSelector("#visit-schedule-date input")).sendKeys("3/12/2026", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(
                browser.script("return document.getElementById('visit-schedule-date').opened")));
        browser.fill("visit-schedule-time", "10:00");
        browser.waitFor(By.cssSelector("#visit-schedule-purpose textarea")).sendKeys("Kunjungan rumah");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.id("visit-schedule-save"))).click();
        browser.waitForText(By.id("changed"), "1");

        long officerId = TestStaff.idOf(jdbc, officer.email());
        assertThat(jdbc.queryForObject("SELECT officer_account_id FROM casework_visit WHERE case_id = ?", Long.class,
                id)).isEqualTo(officerId);
        assertThat(jdbc.queryForObject("SELECT scheduled_for FROM casework_visit WHERE case_id = ?", Timestamp.class,
                id).toInstant()).isEqualTo(LocalDateTime.of(2026, 12, 3, 10, 0).atZone(ZoneId.of("Asia/Jakarta"))
                .toInstant());
        assertThat(jdbc.queryForObject("SELECT status FROM casework_case WHERE id = ?", String.class, id))
                .isEqualTo("FIELD_VISIT");
        assertThat(browser.driver().findElement(By.id("visit-schedule-error")).getText()).isEmpty();
    }
}
