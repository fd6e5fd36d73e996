package id.dinsos.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.TestFiles;
import id.dinsos.portal.support.IntegrationTest;
import id.dinsos.portal.support.browser.Browser;
import id.dinsos.portal.support.browser.ScreenshotOnFailure;

/**
 * The upload field in Chromium: several files stream into the store in one go (a large photo reduced
 * on the way), and a program named like a PDF is refused with the reason and what to do, in the
 * person's language.
 */
@IntegrationTest
class DocumentUploadBrowserTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    FileStore store;

    @TempDir
    Path files;

    Browser browser;

    @RegisterExtension
    ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> browser);

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, 360, 800);
        browser.open("/uji/unggah");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void choose(Path... paths) {
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(String.join("\n", Arrays.stream(paths).map(Path::toString).toList()));
    }

    private List<String> storedEntries(int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#stored span")).size() >= expected);
        return browser.driver().findElements(By.cssSelector("#stored span")).stream().map(WebElement::getText).toList();
    }

    @Test
    void a_pdf_and_a_large_photo_chosen_together_are_both_stored_and_the_photo_reduced() throws IOException {
        Path pdf = Files.write(files.resolve("SKTM Budi.pdf"), TestFiles.pdf());
        Path photo = Files.write(files.resolve("kk.jpg"), TestFiles.jpeg(3000, 2000));

        choose(pdf, photo);

        List<String> entries = storedEntries(2);
        assertThat(entries).hasSize(2);
        assertThat(entries).anySatisfy(e -> assertThat(e).contains(" PDF " + TestFiles.pdf().length + ";"));
        String jpeg = entries.stream().filter(e -> e.contains(" JPEG ")).findFirst().orElseThrow();
        String key = jpeg.substring(0, jpeg.indexOf(' '));
        try (InputStream in = store.open(key)) {
            BufferedImage image = ImageIO.read(in);
            assertThat(image.getWidth()).isEqualTo(2000);
            assertThat(image.getHeight()).isEqualTo(1333);
        }
        assertThat(browser.driver().findElement(By.cssSelector(".document-upload .field-error")).getText()).isEmpty();
        for (String entry : entries) {
            store.delete(entry.substring(0, entry.indexOf(' ')));
        }
    }

    @Test
    void a_program_named_like_a_pdf_is_refused_with_the_reason_in_indonesian() throws IOException {
        Path program = Files.write(files.resolve("surat-keterangan.pdf"), TestFiles.windowsExecutable());

        choose(program);

        browser.waitForText(By.cssSelector(".document-upload .field-error"), "Berkas harus berupa PDF, JPG, atau PNG");
        assertThat(browser.driver().findElement(By.cssSelector(".document-upload .field-error")).getText())
                .contains("Pindai atau foto dokumen");
        assertThat(browser.driver().findElement(By.id("rejected")).getText()).isEqualTo("WRONG_TYPE;");
        assertThat(browser.driver().findElements(By.cssSelector("#stored span"))).isEmpty();
    }

    @Test
    void a_file_with_a_foreign_extension_is_refused_in_the_browser_with_the_same_message() throws IOException {
        Path program = Files.write(files.resolve("setup.exe"), TestFiles.windowsExecutable());

        choose(program);

        browser.waitForText(By.cssSelector(".document-upload .field-error"), "Berkas harus berupa PDF, JPG, atau PNG");
    }

    @Test
    void the_limits_are_said_before_anything_is_chosen() {
        assertThat(browser.driver().findElement(By.cssSelector(".document-upload .hint")).getText())
                .isEqualTo("PDF, JPG, atau PNG; paling besar 10 MB per berkas. Foto yang besar diperkecil otomatis.");
    }
}
