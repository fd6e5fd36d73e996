package id.dinsos.portal.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;

import id.dinsos.portal.account.TestCitizens;
import id.dinsos.portal.notification.OutboxSender;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.TestSmtp;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;
import jakarta.mail.internet.MimeMessage;

/** A resident registers on a phone, confirms the e-mail from the real mail, signs in and out. */
@IntegrationTest
class RegistrationJourneyBrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Value("${local.server.port}")
    int port;
    @Autowired
    OutboxSender outboxSender;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 360, 800);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void type(String id, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        input.clear();
        input.sendKeys(text);
    }

    private void choose(String comboId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        // The village list opens only once the server has taken the district: wait for it.
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                .until(d -> input.isEnabled() && input.getAttribute("disabled") == null);
        input.click();
        input.sendKeys(text);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> text.equals(input.getAttribute("value")));
    }

    @Test
    void register_confirm_the_email_sign_in_and_sign_out() throws Exception {
        String nik = TestCitizens.nik();
        String email = "budi." + nik.substring(12) + "@contoh.id";

        browser.open("/daftar");
        assertThat(browser.heading()).isEqualTo("Daftar sebagai warga");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // A first try with a mistake: the NIK's serial is 0000.
        type("reg-name", "Budi Santoso");
        type("reg-nik", nik.substring(0, 12) + "0000");
        type("reg-email", email);
        type("reg-phone", "0813 1234 5678");
        choose("reg-district", "Tambun Utara");
        choose("reg-village", "Satriajaya");
        type("reg-address", "Jl. Kenanga No. 7, RT 001/RW 003");
        type("reg-password", "Sepeda biru ke pasar pagi");
        type("reg-password-repeat", "Sepeda biru ke pasar pagi");
        browser.driver().findElement(By.cssSelector("#reg-consent-privacy input")).click();
        browser.driver().findElement(By.id("reg-submit")).click();
        browser.waitFor(By.cssSelector("#reg-nik[invalid]"));
        assertThat(browser.driver().findElement(By.id("reg-nik")).getText()).contains("0000");
        assertThat(browser.driver().findElement(By.cssSelector("#reg-name input")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo("Budi Santoso");

        type("reg-nik", nik);
        browser.driver().findElement(By.id("reg-submit")).click();
        browser.waitFor(By.id("reg-done"));

        assertThat(outboxSender.sendDue()).isPositive();
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("contoh.id");
        MimeMessage mail = java.util.Arrays.stream(received)
                .filter(m -> GreenMailUtil.getAddressList(safeRecipients(m)).contains(email)).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https?://[^\\s]+/akun/verifikasi-email\\?token=[A-Za-z0-9_-]+").matcher(body);
        assertThat(link.find()).as("the mail carries the confirmation link").isTrue();
        String path = link.group().replaceFirst("https?://[^/]+", "");

        browser.open(path);
        browser.waitForText(By.id("verify-result"), "sudah dikonfirmasi");

        browser.open("/masuk");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(nik);
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("Sepeda biru ke pasar pagi", Keys.ENTER);
        browser.driver().get("http://localhost:" + port + "/akun");
        browser.waitForText(By.id("account-greeting"), "Budi Santoso");

        browser.driver().findElement(By.id("logout")).click();
        browser.waitForText(By.cssSelector("h1"), "Portal Layanan Sosial");
        browser.driver().get("http://localhost:" + port + "/akun");
        browser.waitForText(By.cssSelector("h1"), "Masuk");
    }

    @Test
    void a_wrong_password_is_said_plainly_on_the_sign_in_page() {
        browser.open("/masuk");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("orang.lain@contoh.id");
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys("bukan sandinya sama sekali", Keys.ENTER);
        browser.waitFor(By.cssSelector("vaadin-login-form[error]"));
        assertThat(browser.driver().getCurrentUrl()).contains("error=credentials");
        assertThat((String) browser.script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .contains("tidak cocok");
    }

    private static jakarta.mail.Address[] safeRecipients(MimeMessage m) {
        try {
            return m.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
