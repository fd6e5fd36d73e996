package id.dinsos.portal.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.organisation.LegalForm;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.shared.i18n.Languages;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.account.TestAccounts;
import id.dinsos.portal.account.TestAccounts.Citizen;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The organisation journey on a 360-px phone: a verified citizen signs in at /masuk, registers a
 * yayasan, puts its akta into the document library and invites a colleague; the colleague opens the link from the mail in a browser of their
 * own, signs in, comes back to the invitation, accepts it and sees the organisation. axe-core checks
 * every page on the way.
 */
@IntegrationTest
class OrganisationJourneyBrowserTest {

    static final int PHONE_WIDTH = 360;

    @Value("${local.server.port}")
    int port;
    @Autowired
    RegistrationService registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationService organisations;

    @TempDir
    Path files;

    Browser ketuaBrowser;
    Browser anggotaBrowser;
    Browser current;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> current);

    @AfterEach
    void closeBrowsers() {
        if (ketuaBrowser != null) {
            ketuaBrowser.close();
        }
        if (anggotaBrowser != null) {
            anggotaBrowser.close();
        }
    }

    @Test
    void a_citizen_registers_a_yayasan_and_invites_a_colleague_who_signs_in_and_accepts() throws IOException {
        Citizen ketua = TestAccounts.verifiedCitizen(registration, jdbc, "Ahmad Fauzi");
        Citizen anggota = TestAccounts.verifiedCitizen(registration, jdbc, "Dewi Lestari");

        // The organisations page asks a visitor to sign in first, then brings them to it.
        ketuaBrowser = current = new Browser(port, PHONE_WIDTH, 800);
        ketuaBrowser.open("/organisasi");
        signIn(ketuaBrowser, ketua);
        ketuaBrowser.waitForText(By.cssSelector("h1"), "Lembaga saya");
        ketuaBrowser.waitFor(By.id("org-none"));
        checkPage(ketuaBrowser, "/organisasi");

        // A problem is said next to its field.
        fill(ketuaBrowser, "org-name", "Yayasan Kasih Bunda");
        ketuaBrowser.waitFor(By.xpath("//*[@id='org-legal-form']//vaadin-radio-button[normalize-space(.)='Yayasan']"))
                .findElement(By.cssSelector("input")).click();
        fill(ketuaBrowser, "org-akta-number", "12");
        fill(ketuaBrowser, "org-akta-date", "12/03/2015");
        fill(ketuaBrowser, "org-sk", "AHU-0012345.AH.01.04.Tahun 2015");
        fill(ketuaBrowser, "org-npwp", "01.234.567.5-123.000");
        fillArea(ketuaBrowser, "org-address", "Jl. Mawar No. 7, Cikarang Pusat, Kabupaten Bekasi");
        fill(ketuaBrowser, "org-head", "Hj. Siti Aminah");
        ketuaBrowser.waitFor(By.id("org-create")).click();
        // The field turns invalid and receives its message in separate updates: wait for the message itself.
        waitUntil(ketuaBrowser, () -> ketuaBrowser.driver().findElement(By.id("org-npwp")).getAttribute("invalid") != null
                && String.valueOf(ketuaBrowser.driver().findElement(By.id("org-npwp")).getDomProperty("errorMessage"))
                        .contains("angka pemeriksa"));

        fill(ketuaBrowser, "org-npwp", "01.234.567.4-123.000");
        ketuaBrowser.waitFor(By.id("org-create")).click();
        ketuaBrowser.waitForText(By.cssSelector("h1"), "Yayasan Kasih Bunda");
        assertThat(ketuaBrowser.driver().getCurrentUrl()).matches(".*/organisasi/\\d+$");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-your-role")).getText()).contains("Pengurus (admin)");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-profile")).getText())
                .contains("01.234.567.4-123.000").contains("12 Maret 2015");
        checkPage(ketuaBrowser, "/organisasi/{id}");

        // The akta goes into the library: its kind first (the file picker waits for it), then the file.
        ketuaBrowser.waitFor(By.id("org-doc-none"));
        assertThat(ketuaBrowser.driver().findElements(By.id("org-doc-upload")))
                .as("no file before its kind").noneMatch(WebElement::isDisplayed);
        ketuaBrowser.waitFor(By.xpath("//*[@id='org-doc-kind']//vaadin-radio-button[normalize-space(.)='Akta pendirian']"))
                .findElement(By.cssSelector("input")).click();
        ketuaBrowser.waitFor(By.cssSelector("#org-doc-upload vaadin-upload"));
        fill(ketuaBrowser, "org-doc-title", "Akta pendirian 2015");
        Path akta = Files.write(files.resolve("Akta Kasih Bunda.pdf"), TestFiles.pdf());
        ketuaBrowser.waitFor(By.cssSelector("#org-doc-upload vaadin-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(akta.toString());
        ketuaBrowser.waitForText(By.id("org-doc-list"), "Akta Kasih Bunda.pdf");
        ketuaBrowser.waitForText(By.id("org-doc-status"), "sudah ditambahkan");
        WebElement document = ketuaBrowser.driver().findElement(By.cssSelector("#org-doc-list li"));
        assertThat(document.getText()).contains("Akta pendirian: Akta pendirian 2015").contains("1 KB")
                .contains("Diunggah oleh Ahmad Fauzi");
        WebElement download = document.findElement(By.cssSelector("a[id$='-download']"));
        assertThat(download.getAttribute("href")).matches(".*/organisasi/\\d+/dokumen/\\d+$");
        assertThat(download.getAttribute("download")).isNotNull();
        assertThat(download.getAttribute("router-ignore")).isNotNull();
        checkPage(ketuaBrowser, "/organisasi/{id} with a document");

        // The invitation is queued as an e-mail with the link.
        fill(ketuaBrowser, "org-invite-email", anggota.email());
        ketuaBrowser.waitFor(By.id("org-invite")).click();
        ketuaBrowser.waitForText(By.id("org-status"), "Undangan sudah dikirim");
        ketuaBrowser.waitFor(By.id("org-invitations"));
        Map<String, Object> mail = jdbc.queryForMap("SELECT subject, body, locale FROM notification_outbox "
                + "WHERE recipient = ? AND template = 'organisation-invitation'", anggota.email());
        assertThat(mail.get("locale")).isEqualTo("id");
        assertThat((String) mail.get("subject")).contains("Yayasan Kasih Bunda");
        Matcher link = Pattern.compile("/organisasi/undangan\\?token=([A-Za-z0-9_-]+)").matcher((String) mail.get("body"));
        assertThat(link.find()).isTrue();
        checkPage(ketuaBrowser, "/organisasi/{id} with an invitation");

        // The colleague opens the link, is asked to sign in, and comes back to the invitation.
        anggotaBrowser = current = new Browser(port, PHONE_WIDTH, 800);
        anggotaBrowser.open("/organisasi/undangan?token=" + link.group(1));
        signIn(anggotaBrowser, anggota);
        anggotaBrowser.waitForText(By.cssSelector("h1"), "Undangan bergabung dengan lembaga");
        assertThat(anggotaBrowser.driver().findElement(By.id("invitation-result")).getText())
                .isEqualTo("Ahmad Fauzi mengundang Anda bergabung dengan Yayasan Kasih Bunda sebagai anggota.");
        checkPage(anggotaBrowser, "/organisasi/undangan");

        anggotaBrowser.waitFor(By.id("invitation-accept")).click();
        anggotaBrowser.waitForText(By.cssSelector("h1"), "Yayasan Kasih Bunda");
        assertThat(anggotaBrowser.driver().findElement(By.id("org-your-role")).getText()).contains("Anggota");
        assertThat(anggotaBrowser.driver().findElement(By.id("org-members")).getText())
                .contains("Ahmad Fauzi").contains("Dewi Lestari (Anda)");
        assertThat(anggotaBrowser.driver().findElements(By.id("org-invite")))
                .as("a member is not offered the administrator's tools").isEmpty();
        assertThat(anggotaBrowser.driver().findElement(By.id("org-doc-list")).getText()).contains("Akta Kasih Bunda.pdf");
        assertThat(anggotaBrowser.driver().findElements(By.cssSelector("#org-doc-list [id$='-remove']")))
                .as("a member removes only the documents they uploaded").isEmpty();
        checkPage(anggotaBrowser, "/organisasi/{id} as a member");

        // The link works once; a second visit says so in plain words.
        anggotaBrowser.open("/organisasi/undangan?token=" + link.group(1));
        anggotaBrowser.waitForText(By.id("invitation-result"), "sudah diterima");

        anggotaBrowser.open("/organisasi");
        assertThat(anggotaBrowser.driver().findElement(By.id("org-list")).getText()).contains("Yayasan Kasih Bunda");

        // Someone else's organisation id answers "not found".
        Citizen stranger = TestAccounts.verifiedCitizen(registration, jdbc, "Rudi Hartono");
        String orgUrl = ketuaBrowser.driver().getCurrentUrl();
        anggotaBrowser.close();
        anggotaBrowser = current = new Browser(port, PHONE_WIDTH, 800);
        anggotaBrowser.open(orgUrl.substring(orgUrl.indexOf("/organisasi")));
        signIn(anggotaBrowser, stranger);
        anggotaBrowser.waitForText(By.cssSelector("h1"), "Halaman tidak ditemukan");

        // The administrator sees the new member without the invitation pending any more.
        current = ketuaBrowser;
        ketuaBrowser.driver().navigate().refresh();
        ketuaBrowser.waitForText(By.id("org-members"), "Dewi Lestari");
        assertThat(ketuaBrowser.driver().findElements(By.id("org-invitations"))).isEmpty();
    }

    @Test
    void the_organisation_pages_in_english_on_a_desktop_are_accessible_and_a_broken_link_is_explained() {
        Citizen ketua = TestAccounts.verifiedCitizen(registration, jdbc, "Bambang Sutrisno");
        long id = TestAccounts.as(ketua, () -> organisations.create(new OrganisationProfile("Panitia Jalan Sehat",
                LegalForm.PANITIA, "SK/01/PAN/2026", LocalDate.of(2026, 6, 1), null, "0012345674123000",
                "Jl. Mawar No. 7, Cikarang Pusat", "Bambang Sutrisno")));
        TestAccounts.as(ketua, () -> organisations.invite(id, "calon.anggota@contoh.id", Languages.ENGLISH));

        ketuaBrowser = current = new Browser(port, 1280, 900);
        ketuaBrowser.open("/organisasi?lang=en");
        signIn(ketuaBrowser, ketua);
        ketuaBrowser.waitForText(By.cssSelector("h1"), "My organisations");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-list")).getText())
                .contains("Panitia Jalan Sehat").contains("You: Administrator");
        assertThat(ketuaBrowser.seriousAccessibilityViolations()).as("/organisasi in English").isEmpty();

        ketuaBrowser.driver().findElement(By.linkText("Panitia Jalan Sehat")).click();
        ketuaBrowser.waitForText(By.cssSelector("h1"), "Panitia Jalan Sehat");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-profile")).getText()).contains("None");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-invitations")).getText())
                .contains("calon.anggota@contoh.id");
        assertThat(ketuaBrowser.seriousAccessibilityViolations()).as("/organisasi/{id} in English").isEmpty();

        // The last administrator is told why they cannot leave.
        ketuaBrowser.waitFor(By.id("org-remove-" + ketua.id())).click();
        ketuaBrowser.waitFor(By.id("org-remove-confirm-" + ketua.id())).click();
        ketuaBrowser.waitForText(By.id("org-status"), "must keep at least one administrator");

        ketuaBrowser.waitFor(By.id("org-edit")).click();
        assertThat(ketuaBrowser.waitFor(By.cssSelector("#org-edit-akta-date input")).getDomProperty("value"))
                .isEqualTo("01/06/2026");
        assertThat(ketuaBrowser.seriousAccessibilityViolations()).as("editing the profile").isEmpty();
        fill(ketuaBrowser, "org-edit-head", "Sri Wahyuni");
        ketuaBrowser.waitFor(By.id("org-edit-save")).click();
        ketuaBrowser.waitForText(By.id("org-status"), "The profile has been saved.");
        assertThat(ketuaBrowser.driver().findElement(By.id("org-profile")).getText()).contains("Sri Wahyuni");

        ketuaBrowser.open("/organisasi/undangan?token=not-a-real-token");
        assertThat(ketuaBrowser.driver().findElement(By.id("invitation-result")).getText())
                .startsWith("This invitation link is not known");
        assertThat(ketuaBrowser.seriousAccessibilityViolations()).as("a broken invitation link").isEmpty();
    }

    private void signIn(Browser browser, Citizen citizen) {
        browser.waitForText(By.cssSelector("h1"), "Masuk");
        WebElement user = browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(citizen.email());
        browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(citizen.password(), Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/masuk")));
    }

    private static void fill(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    private static void fillArea(Browser browser, String id, String value) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value, Keys.TAB);
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }

    private static void checkPage(Browser browser, String what) {
        assertThat(browser.seriousAccessibilityViolations()).as(what).isEmpty();
        assertThat(browser.scrollWidth()).as("no sideways scrolling at 360 px on " + what)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
