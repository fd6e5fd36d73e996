package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Independent checks of a letter: Debian's pdfsig and pdftoppm, veraPDF, ZXing's decoder. */
public final class PdfTools {

    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfTools() {
    }

    /** pdfsig's whole output (it exits 0 whether or not the signature is valid, so the output is what counts). */
    public static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        requireTool(PDFSIG);
        Path file = Files.createTempFile("surat", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** In CI (.ci/run installs poppler-utils) a missing tool fails the test; on a developer's machine it skips it. */
    private static void requireTool(Path tool) {
        String message = tool + " (Debian poppler-utils) is not installed: apt-get install -y poppler-utils";
        if ("true".equals(System.getenv("CI"))) {
            assertThat(Files.isExecutable(tool)).as(message).isTrue();
        }
        Assumptions.assumeTrue(Files.isExecutable(tool), message);
    }

    /** veraPDF's failed rules for PDF/A-2b; empty when the file complies. */
    public static List<String> pdfaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }

    /**
     * The QR code on the first page, rendered by pdftoppm and decoded by ZXing. A whole page of text can
     * hide the finder patterns from the detector now and then, so it also looks at the footer alone (where
     * the code is), and at a second resolution, before it gives up.
     */
    public static String decodeQr(byte[] pdf) throws Exception {
        NotFoundException last = NotFoundException.getNotFoundInstance();
        for (int dpi : new int[] {150, 300}) {
            BufferedImage page = firstPage(pdf, dpi);
            int footerTop = page.getHeight() * 3 / 4;
            for (BufferedImage image : List.of(page, page.getSubimage(0, footerTop, page.getWidth(), page.getHeight() - footerTop))) {
                try {
                    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
                    return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                            List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException e) {
                    last = e;
                }
            }
        }
        // Kept for whoever reads the failure: the file the code was not found in.
        Path kept = Files.createDirectories(Path.of("target", "letters")).resolve("qr-not-found-" + System.nanoTime() + ".pdf");
        Files.write(kept, pdf);
        throw new AssertionError("No QR code found on the first page of " + kept.toAbsolutePath(), last);
    }

    private static BufferedImage firstPage(byte[] pdf, int dpi) throws Exception {
        requireTool(PDFTOPPM);
        Path dir = Files.createTempDirectory("surat-png");
        Path file = dir.resolve("surat.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(PDFTOPPM.toString(), "-r", String.valueOf(dpi), "-png", "-f", "1", "-l", "1",
                file.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        return ImageIO.read(png.toFile());
    }

    /** The file with one byte changed at the first occurrence of the text, which must lie in the signed range. */
    public static byte[] tamper(byte[] pdf, String text) {
        byte[] copy = pdf.clone();
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = raw.indexOf(text);
        assertThat(at).as("'" + text + "' in the file").isPositive();
        copy[at] = (byte) (copy[at] ^ 0x01);
        return copy;
    }
}
