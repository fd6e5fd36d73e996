package id.dinsos.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.TestDatabaseConfiguration;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The demo as a newcomer runs it: no MAIL_HOST, so mail goes to the embedded sink and is read at
 * /demo/surat. A Spring context of its own (the demo profile), on its own embedded database so that it
 * cannot disturb the shared test context's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The demo profile's own key secret would leave keys the other test contexts (one database) cannot open.
        properties = {"spring.mail.host=", "portal.data-dir=target/test-data-demo",
                "portal.letters.key-secret=test-only-letter-key-secret"})
@ActiveProfiles({"test", "demo"})
@Import(TestDatabaseConfiguration.class)
class DemoMailboxBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    DemoMailSink sink;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    PlatformTransactionManager transactions;

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

    @Test
    void a_newcomer_reads_the_verification_mail_in_the_demo_mailbox_and_follows_its_link() {
        // The demo profile's own mail (the demo applications' receipts) goes out first.
        sender.sendDue();
        int before = sink.received().size();
        String link = "http://localhost:" + port + "/layanan/sjpp";
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.enqueue("budi@example.org",
                MailTemplates.VERIFY_EMAIL, Languages.INDONESIAN,
                Map.of("name", "Budi Santoso", "link", link, "expiresInHours", 24)));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sink.received()).hasSize(before + 1);

        browser.open("/demo/surat");
        assertThat(browser.heading()).isEqualTo("Kotak surat demo");
        assertThat(browser.driver().findElement(By.cssSelector(".demo-mailbox .demo-notice")).getText())
                .contains("hanya ada pada versi demo");
        WebElement mail = browser.driver().findElement(By.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' demo-mail ')]"
                + "[.//h2[normalize-space(.)='Konfirmasi alamat e-mail Anda di Portal Layanan Sosial']]"));
        assertThat(mail.getText()).contains("Kepada: budi@example.org").contains("Yth. Bapak/Ibu Budi Santoso,");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(360);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        mail.findElement(By.cssSelector("pre a[href='" + link + "']")).click();
        browser.waitForText(By.cssSelector("h1"), catalogue.service("sjpp").orElseThrow().name().id());
    }
}
