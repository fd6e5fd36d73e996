package id.dinsos.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** axe-core on every public page, on a phone and a desktop, in both languages: nothing serious. */
@IntegrationTest
class AccessibilityBrowserTest {

    @Value("${local.server.port}")
    int port;

    static Browser phone;
    static Browser desktop;
    static Browser current;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> current);

    static List<String> pages() {
        return List.of("/", "/?lang=en", "/layanan", "/layanan?q=kursi", "/layanan/sjpp", "/layanan/adopsi-anak?lang=en",
                "/layanan/rekomendasi-ugb-pub", "/layanan/lks", "/layanan/odgj/cetak", "/maklumat", "/layanan/tidak-ada",
                "/daftar", "/daftar?lang=en", "/masuk", "/masuk?error=locked", "/privasi", "/akun/verifikasi-email?token=x");
    }

    @ParameterizedTest(name = "phone {0}")
    @MethodSource("pages")
    void no_serious_violations_on_a_phone(String path) {
        phone = phone == null ? new Browser(port, 360, 800) : phone;
        check(phone, path);
        assertThat(phone.scrollWidth()).as("no sideways scrolling at 360 px on " + path).isLessThanOrEqualTo(360);
    }

    @ParameterizedTest(name = "desktop {0}")
    @MethodSource("pages")
    void no_serious_violations_on_a_desktop(String path) {
        desktop = desktop == null ? new Browser(port, 1280, 900) : desktop;
        check(desktop, path);
    }

    private void check(Browser browser, String path) {
        current = browser;
        browser.open(path);
        assertThat(browser.seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @AfterAll
    static void closeBrowsers() {
        if (phone != null) {
            phone.close();
        }
        if (desktop != null) {
            desktop.close();
        }
        phone = null;
        desktop = null;
    }
}
