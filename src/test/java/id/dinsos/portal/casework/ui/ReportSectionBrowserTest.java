package id.dinsos.portal.casework.ui;

import static id.dinsos.portal.account.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The report section as the case screen embeds it: it fits a 360 px phone, on which the team's
 * pelaksana records a referral; the berita acara serah terima is typed in a laptop-sized window; both are stored as data and shown; no serious axe violation.
 */
@IntegrationTest
class ReportSectionBrowserTest {

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
    JdbcTemplate jdbc;

    Browser phone;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> phone);

    @AfterEach
    void close() {
        if (phone != null) {
            phone.close();
        }
        TestAccounts.signOut();
    }

    @Test
    void the_team_records_a_referral_and_the_handover_on_a_phone() {
        var pelapor = TestAccounts.verifiedCitizen(registration, jdbc, "Joko Santoso");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        StaffForm officer = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.VERIFIER);
        long id = as(pelapor, () -> {
            long draft = intake.startDraft("odgj", null, null, null);
            intake.saveAnswers(draft, null, Map.of("kejadian", "Seorang laki-laki tidur di halte sejak seminggu",
                    "lokasi-desa", "32.16.05.2001", "lokasi-detail", "Halte Cikarang", "tanggal-kejadian", "2026-11-20",
                    "dalam-bahaya", "ya", "keluarga-diketahui", "tidak", "hubungan-pelapor", "tetangga"),
                    intake.details(draft).version());
            intake.submit(draft, true);
            return draft;
        });

        phone = new Browser(port, 360, 800);
        phone.open("/uji/laporan/" + id);
        phone.signIn(officer.email(), TestStaff.PASSWORD);
        phone.open("/uji/laporan/" + id);
        phone.waitForText(By.cssSelector("#report-section h2"), "Penanganan laporan");
        assertThat(phone.scrollWidth()).as("fits a 360 px phone").isLessThanOrEqualTo(360);
        assertThat(phone.seriousAccessibilityViolations()).isEmpty();

        phone.chooseRadio("report-outcome", "Dirujuk");
        // The destination field appears once the server has the choice.
        new WebDriverWait(phone.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElement(By.cssSelector("#report-referred-to input")).isDisplayed());
        phone.fill("report-referred-to", "Panti Sosial Bina Laras");
        phone.waitFor(By.id("report-outcome-save")).click();
        phone.waitForText(By.id("report-latest-outcome"), "Panti Sosial Bina Laras");
        assertThat(phone.driver().findElement(By.id("changed")).getText()).isEqualTo("1");

        // On a phone the date picker opens its full-screen calendar instead of taking typed input; the
        // handover is typed at a desk, so the rest is filled in a laptop-sized window.
        phone.driver().manage().window().setSize(new Dimension(1024, 900));
        new WebDriverWait(phone.driver(), Duration.ofSeconds(30)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#handover-date input")));
        phone.fill("handover-date", "21/11/2026");
        phone.fill("handover-time", "14:00");
        phone.fill("handover-place", "Kantor Dinas Sosial");
        WebElement combo = phone.waitFor(By.cssSelector("#handover-officer input"));
        combo.sendKeys(officer.fullName());
        phone.waitFor(By.cssSelector("vaadin-combo-box-item")).click();
        new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(d -> officer.fullName().equals(
                phone.script("return document.getElementById('handover-officer').inputElement.value")));
        phone.fill("handover-receiver", "Sri Wahyuni");
        phone.fill("handover-relation", "Istri");
        phone.fill("handover-phone", "0812 1111 2222");
        phone.waitFor(By.cssSelector("#handover-persons textarea")).sendKeys("Tn. J (sekitar 50 tahun)");
        new WebDriverWait(phone.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.id("handover-save"))).click();

        phone.waitForText(By.id("report-handovers"), "Sri Wahyuni");
        assertThat(jdbc.queryForObject("SELECT received_by_relation FROM casework_handover WHERE case_id = ?",
                String.class, id)).isEqualTo("Istri");
        assertThat(jdbc.queryForObject("SELECT referred_to FROM casework_report_outcome WHERE case_id = ?",
                String.class, id)).isEqualTo("Panti Sosial Bina Laras");
        assertThat(phone.seriousAccessibilityViolations()).isEmpty();
    }
}
