package id.dinsos.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.Registration;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.account.TestCitizens;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** The person's own page, and "sign out on all devices" ending a session in another browser. */
@IntegrationTest
class MyAccountBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;

    Browser phone;
    Browser laptop;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> phone);

    @AfterEach
    void closeBrowsers() {
        if (phone != null) {
            phone.close();
        }
        if (laptop != null) {
            laptop.close();
        }
    }

    private Registration verifiedCitizen() {
        Registration form = TestCitizens.form();
        registration.register(form, Languages.INDONESIAN);
        String body = jdbc.queryForObject("SELECT body FROM notification_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
                String.class, form.email());
        Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        registration.verifyEmail(m.group(1));
        return form;
    }

    static void signIn(Browser browser, String identifier, String password) {
        browser.open("/masuk");
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(identifier);
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        browser.waitForText(By.cssSelector("h1"), "Portal Layanan Sosial");
    }

    @Test
    void the_own_page_is_accessible_and_sign_out_everywhere_ends_the_other_session() {
        Registration me = verifiedCitizen();
        phone = new Browser(port, 360, 800);
        laptop = new Browser(port, 1280, 900);
        signIn(phone, me.email(), me.password());
        signIn(laptop, me.nik(), me.password());

        phone.open("/akun");
        phone.waitForText(By.id("account-greeting"), me.fullName());
        assertThat(phone.seriousAccessibilityViolations()).isEmpty();
        assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
        assertThat(phone.driver().findElement(By.id("acc-download")).getAttribute("href")).isNotBlank();
        laptop.open("/akun");
        laptop.waitForText(By.id("account-greeting"), me.fullName());

        phone.driver().findElement(By.id("logout-everywhere")).click();
        phone.waitForText(By.cssSelector("h1"), "Portal Layanan Sosial");

        // The laptop's next request finds its session ended and lands on the sign-in page. On a busy
        // machine the phone's sign-out may still be on its way: look again a few times before failing.
        boolean signedOut = false;
        for (int attempt = 0; attempt < 6 && !signedOut; attempt++) {
            laptop.driver().get("http://localhost:" + port + "/akun");
            try {
                laptop.waitForText(By.cssSelector("h1"), "Masuk");
                signedOut = true;
            } catch (org.openqa.selenium.TimeoutException stillSignedIn) {
                // try again
            }
        }
        assertThat(signedOut).as("the laptop's session ended").isTrue();
    }
}
