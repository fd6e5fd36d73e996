package id.dinsos.portal.casework.ui;

import static id.dinsos.portal.account.TestUsers.callAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.casework.FieldVisitService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The officer on a 360 px phone: opens the case's visits, records the finding, a short report and a
 * photo; the screen fits the width and has no serious accessibility violation; staff of another unit
 * get "not found".
 */
@IntegrationTest
class FieldVisitBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    FieldVisitService visits;
    @Autowired
    CaseworkService casework;
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

    @TempDir
    Path files;

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
    void the_officer_records_a_visit_with_a_photo_on_a_phone() throws Exception {
        var pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Wati Susilowati");
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        StaffForm officerForm = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "rehsos",
                StaffRole.VERIFIER);
        long officerId = TestStaff.idOf(jdbc, officerForm.email());
        PortalUser officer = TestUsers.staff(officerId, "rehsos", StaffRole.VERIFIER);
        StaffForm otherForm = TestStaff.createWithPassword(staffService, passwords, jdbc, admin, "linjamsos",
                StaffRole.VERIFIER);
        long id = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        long visitId = callAs(officer, () -> visits.schedule(id, casework.details(id).version(), officerId,
                LocalDateTime.of(2026, 12, 3, 10, 0), "Kunjungan rumah pemohon"));

        phone = new Browser(port, 360, 800);
        phone.open("/kasus/" + id + "/kunjungan");
        phone.signIn(officerForm.email(), TestStaff.PASSWORD);
        phone.open("/kasus/" + id + "/kunjungan");
        phone.waitForText(By.cssSelector("h1"), "Kunjungan lapangan");
        assertThat(phone.scrollWidth()).as("fits a 360 px phone").isLessThanOrEqualTo(360);
        assertThat(phone.seriousAccessibilityViolations()).isEmpty();

        phone.chooseRadio("visit-finding-" + visitId, "Sesuai dengan permohonan");
        WebElement report = phone.waitFor(By.cssSelector("#visit-report-" + visitId + " textarea"));
        report.sendKeys("Kursi roda lama rusak; pemohon tinggal di lantai dasar.");
        Path photo = Files.write(files.resolve("rumah.jpg"), TestFiles.jpeg(800, 600));
        WebElement upload = phone.waitFor(By.cssSelector("#visit-upload-" + visitId + " vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(photo.toString());
        new WebDriverWait(phone.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("#visit-photos-added-" + visitId + " li")).isEmpty());
        phone.waitFor(By.id("visit-save-" + visitId)).click();

        phone.waitForText(By.id("visit-message"), "Hasil kunjungan sudah disimpan.");
        assertThat(phone.driver().findElement(By.id("visit-" + visitId)).getText()).contains("Selesai")
                .contains("Kursi roda lama rusak").contains("rumah.jpg");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM casework_visit_photo WHERE visit_id = ?", Integer.class,
                visitId)).isEqualTo(1);
        assertThat(phone.seriousAccessibilityViolations()).isEmpty();

        // Staff of another unit: the same "not found" as for a missing case.
        Browser other = new Browser(port, 360, 800);
        try {
            other.open("/kasus/" + id + "/kunjungan");
            other.signIn(otherForm.email(), TestStaff.PASSWORD);
            other.open("/kasus/" + id + "/kunjungan");
            new WebDriverWait(other.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("h1"))
                    .isEmpty());
            assertThat(other.heading()).isNotEqualTo("Kunjungan lapangan");
            assertThat(other.driver().getPageSource()).doesNotContain("Kunjungan rumah pemohon");
        } finally {
            other.close();
        }
    }
}
