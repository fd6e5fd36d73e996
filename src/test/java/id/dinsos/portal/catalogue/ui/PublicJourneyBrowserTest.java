package id.dinsos.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/** A citizen on a 360-px phone, in a real headless Chromium. */
@IntegrationTest
class PublicJourneyBrowserTest {

    static final int PHONE_WIDTH = 360;

    @Value("${local.server.port}")
    int port;
    @Autowired
    CatalogueService catalogue;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, PHONE_WIDTH, 800);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private ServiceDefinition service(String code) {
        return catalogue.service(code).orElseThrow();
    }

    @Test
    void home_to_a_service_then_english_then_back_home() {
        ServiceDefinition alatBantu = service("alat-bantu");

        browser.open("/");
        assertThat(browser.heading()).isEqualTo("Portal Layanan Sosial");
        assertThat(browser.htmlLang()).isEqualTo("id");
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

        browser.waitFor(By.cssSelector("a.service-card-link[href='layanan/alat-bantu']")).click();
        browser.waitForText(By.cssSelector("h1"), alatBantu.name().id());
        assertThat(browser.driver().getCurrentUrl()).endsWith("/layanan/alat-bantu");
        List<WebElement> checklist = browser.driver().findElements(By.cssSelector(".checklist vaadin-checkbox"));
        assertThat(checklist).hasSize(6);
        checklist.getFirst().findElement(By.cssSelector("input")).click();
        assertThat(checklist.getFirst().getAttribute("checked")).isNotNull();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

        browser.waitFor(By.id("language-switch")).click();
        browser.waitForText(By.cssSelector("h1"), alatBantu.name().in(Languages.ENGLISH));
        assertThat(browser.htmlLang()).isEqualTo("en");
        assertThat(browser.driver().findElement(By.id("component-requirements")).getText()).isEqualTo("Requirements");
        assertThat(browser.driver().findElement(By.id("req-1")).getAttribute("checked"))
                .as("a ticked requirement stays ticked after the switch").isNotNull();
        assertThat(browser.driver().findElement(By.id("req-2")).getAttribute("checked")).isNull();
        assertThat(browser.scrollWidth()).isLessThanOrEqualTo(PHONE_WIDTH);

        browser.driver().navigate().back();
        browser.waitForText(By.cssSelector("h1"), "Social Services Portal");
        assertThat(browser.driver().findElement(By.cssSelector(".portal-nav")).getText()).contains("Services");

        // The choice is remembered for the next visit.
        browser.open("/maklumat");
        assertThat(browser.heading()).isEqualTo("Service Pledge");
    }

    @Test
    void keyboard_alone_reaches_a_service_and_switches_the_language() {
        browser.open("/");
        Actions keys = new Actions(browser.driver());

        keys.sendKeys(Keys.TAB).perform();
        assertThat(activeText()).isEqualTo("Langsung ke isi halaman");

        WebElement link = tabUntil("href", "layanan/sjpp");
        assertThat(link.getText()).isEqualTo(service("sjpp").name().id());
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitForText(By.cssSelector("h1"), service("sjpp").name().id());

        browser.open("/layanan");
        tabUntil("id", "language-switch");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitForText(By.cssSelector("h1"), "Services");
    }

    @Test
    void a_search_on_the_home_page_finds_the_wheelchair_service() {
        browser.open("/");
        WebElement field = browser.waitFor(By.cssSelector("#home-search input"));
        field.sendKeys("kursi roda", Keys.ENTER);
        browser.waitForText(By.id("result-count"), "1 layanan");
        assertThat(browser.driver().getCurrentUrl()).contains("/layanan?q=kursi");
        assertThat(browser.driver().findElements(By.cssSelector("a.service-card-link")))
                .extracting(WebElement::getText).containsExactly(service("alat-bantu").name().id());
    }

    @Test
    void the_printable_standard_has_all_fourteen_components() {
        browser.open("/layanan/sjpp/cetak");
        assertThat(browser.heading()).isEqualToIgnoringCase("Standar Pelayanan");
        assertThat(browser.driver().findElements(By.cssSelector(".standard-table tbody tr"))).hasSize(14);
        assertThat(browser.driver().findElement(By.cssSelector(".kop")).getText()).contains("DINAS SOSIAL");
    }

    @Test
    void the_maklumat_names_the_head_of_office() {
        browser.open("/maklumat");
        assertThat(browser.heading()).isEqualTo("Maklumat Pelayanan");
        assertThat(browser.driver().findElement(By.cssSelector(".signature")).getText())
                .contains("HASAN BASRI").contains("197008101991011002");
    }

    @Test
    void an_unknown_service_says_so_in_plain_words() {
        browser.open("/layanan/tidak-ada");
        assertThat(browser.heading()).isEqualTo("Halaman tidak ditemukan");
    }

    private String activeText() {
        return browser.driver().switchTo().activeElement().getText();
    }

    /** Presses Tab until the focused element's attribute contains the value; fails after 80 presses. */
    private WebElement tabUntil(String attribute, String value) {
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            String actual = active.getAttribute(attribute);
            if (actual != null && actual.contains(value)) {
                return active;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached an element with " + attribute + " containing " + value);
    }
}
