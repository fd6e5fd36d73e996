package id.dinsos.portal.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
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
import id.dinsos.portal.sla.Holidays;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** The administrator adds a holiday on the holiday page; the page has no serious axe violation. */
@IntegrationTest
class HolidayAdminBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StaffService staffService;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    UserDetailsService users;
    @Autowired
    Holidays holidays;
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
    void the_administrator_adds_a_holiday_and_it_is_audited() {
        PortalUser admin = TestStaff.signedInAdmin(staffService, passwords, users, jdbc);
        String email = jdbc.queryForObject("SELECT email FROM account_user WHERE id = ?", String.class,
                admin.accountId());
        // A year no other test's deadline reaches; deleted again at the end.
        LocalDate day = LocalDate.of(Year.now().getValue() + 5, 12, 30);

        browser = new Browser(port, 1280, 900);
        browser.open("/admin/hari-libur");
        browser.signIn(email, TestStaff.PASSWORD);
        browser.open("/admin/hari-libur");
        browser.waitForText(By.cssSelector("h1"), "Hari libur kantor");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // Typed and committed with Enter, which also closes the calendar.
        browser.waitFor(By.cssSelector("#holiday-date input")).sendKeys(
                day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear(), Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(
                browser.script("return document.getElementById('holiday-date').opened")));
        browser.fill("holiday-name", "Cuti bersama uji");
        browser.chooseRadio("holiday-type", "Cuti bersama");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.id("holiday-add"))).click();
        browser.waitForText(By.id("holiday-message"), "Hari libur sudah ditambahkan.");

        assertThat(holidays.between(day, day)).singleElement()
                .satisfies(h -> assertThat(h.name()).isEqualTo("Cuti bersama uji"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'HOLIDAY_ADDED' "
                + "AND actor_account_id = ?", Integer.class, admin.accountId())).isEqualTo(1);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        var added = holidays.between(day, day).getFirst();
        TestUsers.runAs(admin, () -> holidays.delete(added.id(), added.version()));
        assertThat(holidays.between(day, day)).isEmpty();
    }
}
