package id.dinsos.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * Outside the demo (here the test profile, which has a mail server of its own) the demo mailbox does
 * not exist: nobody may read the portal's mail through it. The demo itself: DemoMailboxBrowserTest.
 */
@IntegrationTest
class DemoMailboxHiddenBrowserTest {

    @Value("${local.server.port}")
    int port;

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
    void the_demo_mailbox_is_not_found_outside_the_demo() {
        browser.open("/demo/surat");
        assertThat(browser.heading()).isEqualTo("Halaman tidak ditemukan");
        assertThat(browser.driver().findElements(By.cssSelector(".demo-mailbox"))).isEmpty();
    }
}
