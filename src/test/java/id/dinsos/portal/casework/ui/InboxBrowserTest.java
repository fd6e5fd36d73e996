package id.dinsos.portal.casework.ui;

import static id.dinsos.portal.account.TestUsers.callAs;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.account.TestStaff;
import id.dinsos.portal.account.TestUsers;
import id.dinsos.portal.casework.CaseInbox;
import id.dinsos.portal.casework.ComplianceReport;
import id.dinsos.portal.casework.InboxFilter;
import id.dinsos.portal.casework.InboxScope;
import id.dinsos.portal.casework.InboxState;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.TestApplications;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * A head of division on a phone (360 px): signs in, opens the inbox, finds a submitted case of the unit
 * in the grid, filters by state; the page never scrolls sideways and axe finds nothing serious. The
 * database may hold many cases (the benchmark's), so the test's case is given the earliest deadline of
 * all: first in the deadline order, overdue.
 */
@IntegrationTest
class InboxBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    ApplicationService intake;
    @Autowired
    RegistrationService registration;
    @Autowired
    StaffService staff;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseInbox inbox;
    @Autowired
    Clock clock;
    @Autowired
    ComplianceReport report;

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
    void a_head_of_division_finds_a_submitted_case_and_filters_by_state_on_a_phone() {
        Citizen pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Rina Suryani");
        PortalUser admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
        StaffForm kabidForm = TestStaff.createWithPassword(staff, passwords, jdbc, admin, "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        PortalUser kabid = TestUsers.staff(TestStaff.idOf(jdbc, kabidForm.email()), "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        long id = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        String number = jdbc.queryForObject("SELECT tracking_number FROM casework_case WHERE id = ?", String.class, id);
        // Earlier than any other case's deadline (a later run's case earlier still).
        Instant now = clock.instant();
        Instant due = Instant.parse("2000-01-01T00:00:00Z").minusSeconds(now.getEpochSecond() - 1_700_000_000L);
        jdbc.update("UPDATE casework_case SET due_soon_at = ?, due_at = ? WHERE id = ?",
                Timestamp.from(due.minus(Duration.ofDays(3))), Timestamp.from(due), id);

        browser = new Browser(port, 360, 800);
        browser.open("/kasus");
        browser.signIn(kabidForm.email(), TestStaff.PASSWORD);
        browser.waitForText(By.cssSelector("h1"), "Kotak kasus");
        By row = By.xpath("//vaadin-grid-cell-content[contains(., '" + number + "')]");
        browser.waitFor(row);
        assertThat(browser.waitFor(row).getText()).contains("Rina Suryani");

        // On a phone the filters are folded away at first: unfold them.
        WebElement filters = browser.waitFor(By.id("inbox-filters"));
        assertThat(filters.getDomAttribute("opened")).isNull();
        filters.findElement(By.cssSelector("vaadin-details-summary")).click();
        browser.waitFor(By.cssSelector("#inbox-state input"));

        // Overdue only: the case stays, and the total is the service's own count for that filter.
        int overdue = callAs(kabid, () -> inbox.count(InboxFilter.of(InboxScope.MINE).withState(InboxState.OVERDUE)));
        choose("inbox-state", "Melewati batas waktu");
        browser.waitForText(By.id("inbox-total"), overdue + " kasus");
        browser.waitFor(row);

        // On track only: it is gone from the grid.
        choose("inbox-state", "Sesuai jadwal");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.invisibilityOfElementLocated(row));
        int onTrack = callAs(kabid, () -> inbox.count(InboxFilter.of(InboxScope.MINE).withState(InboxState.ON_TRACK)));
        browser.waitForText(By.id("inbox-total"), onTrack + " kasus");

        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void a_head_of_division_reads_the_dashboard_and_downloads_the_month_s_compliance_on_a_phone() {
        Citizen pemohon = TestAccounts.verifiedCitizen(registration, jdbc, "Agus Santoso");
        PortalUser admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
        StaffForm kabidForm = TestStaff.createWithPassword(staff, passwords, jdbc, admin, "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        PortalUser kabid = TestUsers.staff(TestStaff.idOf(jdbc, kabidForm.email()), "rehsos",
                StaffRole.HEAD_OF_DIVISION);
        long open = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        long done = TestApplications.submittedAlatBantu(intake, store, pemohon, null, TestApplications.defaultUploads());
        jdbc.update("UPDATE casework_case SET completed_at = ?, outcome = 'MET', duration_minutes = 600, "
                + "status = 'COMPLETED' WHERE id = ?", Timestamp.from(clock.instant()), done);
        var month = callAs(kabid, () -> report.currentMonth());
        var alatBantu = callAs(kabid, () -> report.month(month)).stream()
                .filter(r -> r.serviceCode().equals("alat-bantu")).findFirst().orElseThrow();
        int rehsosOpen = callAs(kabid, () -> report.openByUnit()).stream()
                .filter(u -> u.unitCode().equals("rehsos")).findFirst().orElseThrow().total();
        assertThat(rehsosOpen).isPositive();
        assertThat(open).isNotEqualTo(done);

        browser = new Browser(port, 360, 800);
        browser.open("/kasus/dasbor");
        browser.signIn(kabidForm.email(), TestStaff.PASSWORD);
        browser.waitForText(By.cssSelector("h1"), "Dasbor kasus");
        browser.waitForText(By.cssSelector("#dashboard-open tr[data-unit='rehsos']"), String.valueOf(rehsosOpen));
        browser.waitForText(By.cssSelector("#dashboard-compliance tr[data-service='alat-bantu']"),
                String.valueOf(alatBantu.completed()));
        String href = browser.waitFor(By.id("dashboard-download")).getDomAttribute("href");
        Object csv = browser.script("return fetch(arguments[0]).then(r => r.text())", href);
        assertThat(String.valueOf(csv).lines().filter(l -> l.contains("\"alat-bantu\"")).findFirst().orElseThrow())
                .startsWith(month + ",\"rehsos\",\"alat-bantu\"," + alatBantu.completed() + "," + alatBantu.met() + ",");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    /** Types a combo box's option label and takes the option offered. */
    private void choose(String id, String label) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        browser.waitFor(By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']")).click();
    }
}
