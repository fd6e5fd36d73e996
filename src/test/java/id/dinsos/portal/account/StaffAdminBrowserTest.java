package id.dinsos.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** An administrator at a desk: signs in, creates a staff member, looks through the other admin pages. */
@IntegrationTest
class StaffAdminBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    StaffService staff;
    @Autowired
    PasswordResetService passwords;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    private void signIn(String email, String password) {
        browser.open("/masuk");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        WebElement secret = browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        secret.sendKeys(password, Keys.ENTER);
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/masuk")));
    }

    /** A checkbox of a group by its label (the host element: its input is visually hidden). */
    private WebElement checkbox(String groupId, String label) {
        return browser.waitFor(By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[contains(., '" + label + "')]"));
    }

    private WebElement input(String id) {
        return browser.waitFor(By.cssSelector("#" + id + " input"));
    }

    @Test
    void an_administrator_signs_in_and_creates_a_staff_member() {
        PortalUser admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
        signIn(admin.getUsername(), TestStaff.PASSWORD);

        browser.open("/akun");
        browser.waitFor(By.id("account-admin")).click();
        browser.waitForText(By.cssSelector("h1"), "Staf dan peran");
        assertThat(browser.driver().findElement(By.cssSelector("#admin-menu a[aria-current='page']")).getText())
                .isEqualTo("Staf");
        assertThat(browser.seriousAccessibilityViolations()).as("the staff page").isEmpty();

        browser.waitFor(By.id("staff-add")).click();
        input("staff-name").sendKeys("Rina Marlina");
        String email = "rina.marlina." + System.nanoTime() + "@dinsos.example.go.id";
        input("staff-email").sendKeys(email);
        input("staff-nip").sendKeys("199001012015032001");
        WebElement unit = input("staff-unit");
        unit.click();
        unit.sendKeys("Tim Anak");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Tim Anak dan Lansia')]")).click();
        checkbox("staff-roles", "Pelaksana").click();
        checkbox("staff-roles", "Ketua tim").click();
        assertThat(browser.seriousAccessibilityViolations()).as("the new staff dialog").isEmpty();
        browser.waitFor(By.id("staff-save")).click();

        browser.waitForText(By.id("staff-status"), "Akun Rina Marlina sudah dibuat");
        Map<String, Object> row = jdbc.queryForMap("SELECT id, kind, unit_code, nip FROM account_user WHERE email = ?", email);
        assertThat(row).containsEntry("kind", "STAFF").containsEntry("unit_code", "anak-lansia")
                .containsEntry("nip", "199001012015032001");
        assertThat(jdbc.queryForList("SELECT role FROM account_staff_role WHERE account_id = ?", String.class, row.get("id")))
                .containsExactlyInAnyOrder("VERIFIER", "TEAM_LEAD");
        assertThat(jdbc.queryForObject("SELECT template FROM notification_outbox WHERE recipient = ?", String.class, email))
                .isEqualTo("staff-welcome");
        assertThat(jdbc.queryForObject("""
                SELECT actor_account_id FROM audit_event WHERE action = 'STAFF_CREATED' AND subject_id = ?""",
                Long.class, String.valueOf(row.get("id")))).isEqualTo(admin.accountId());

        browser.waitFor(By.id("staff-filter")).findElement(By.cssSelector("input")).sendKeys("Tim Anak");
        browser.waitFor(By.xpath("//vaadin-combo-box-item[contains(., 'Tim Anak dan Lansia')]")).click();
        waiting().until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Rina Marlina']")).isEmpty());
        assertThat(browser.driver().findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Menunggu kata sandi']")))
                .isNotEmpty();

        // The edit button sits in the grid's last column, which may be scrolled out of view inside the
        // grid: bring it into view first, as a person would.
        // On a busy machine the grid may still redraw its rows after the filter, replacing the button
        // just found: find it again and click until the dialog opens.
        By editButton = By.id("staff-edit-" + row.get("id"));
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                .until(d -> {
                    if (!d.findElements(By.id("deputy-section")).isEmpty()) {
                        return true;
                    }
                    WebElement edit = d.findElement(editButton);
                    browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", edit);
                    edit.click();
                    return !d.findElements(By.id("deputy-section")).isEmpty();
                });
        browser.waitFor(By.id("deputy-section"));
        assertThat(browser.seriousAccessibilityViolations()).as("the edit dialog").isEmpty();
    }

    @Test
    void the_other_administration_pages_open_for_an_administrator_only() {
        browser.open("/admin/staf");
        assertThat(browser.driver().getCurrentUrl()).as("anonymous visitors are sent to sign in").endsWith("/masuk");

        PortalUser admin = TestStaff.signedInAdmin(staff, passwords, users, jdbc);
        signIn(admin.getUsername(), TestStaff.PASSWORD);
        for (String[] page : List.of(new String[] {"/admin/unit", "Unit dan tim"},
                new String[] {"/admin/klien-api", "Klien API"}, new String[] {"/admin/surat-keluar", "Surat keluar"},
                new String[] {"/admin/audit", "Jejak audit"})) {
            browser.open(page[0]);
            browser.waitForText(By.cssSelector("h1"), page[1]);
            assertThat(browser.seriousAccessibilityViolations()).as(page[0]).isEmpty();
        }
        browser.open("/admin/unit");
        browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Bidang Rehabilitasi Sosial')]"));

        browser.open("/admin/klien-api");
        browser.waitFor(By.id("apiclient-add")).click();
        input("apiclient-name").sendKeys("DPMPTSP " + System.nanoTime());
        checkbox("apiclient-scopes", "applications:write").click();
        browser.waitFor(By.id("apiclient-save")).click();
        String key = input("apiclient-key").getAttribute("value");
        assertThat(key).startsWith("pls_");
        assertThat(browser.seriousAccessibilityViolations()).as("the key dialog").isEmpty();
        browser.waitFor(By.id("apiclient-key-done")).click();
        browser.waitForText(By.id("apiclient-status"), "Kunci baru untuk DPMPTSP");
    }

    @Test
    void a_forgotten_password_is_asked_for_from_the_sign_in_page() {
        browser.open("/masuk");
        browser.waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='forgot-password'], vaadin-login-form [part='forgot-password']"));
        browser.open("/akun/lupa-sandi");
        assertThat(browser.heading()).isEqualTo("Lupa kata sandi");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        input("forgot-email").sendKeys("tidak-ada-" + System.nanoTime() + "@contoh.id");
        browser.waitFor(By.id("forgot-submit")).click();
        browser.waitForText(By.id("forgot-result"), "Jika alamat itu terdaftar");

        browser.open("/akun/atur-sandi?token=bukan-token");
        browser.waitForText(By.id("set-password-result"), "Tautan ini tidak berlaku lagi");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
}
