package id.dinsos.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Checks of a PDF the portal wrote: its text, its fonts, its structure. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The text of every page, runs of white space made one space (lines break where the layout wraps). */
    public static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** No font left to the viewer: every font descriptor carries its font program. */
    public static void assertEveryFontIsEmbedded(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> descriptors = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
                if (object instanceof PdfDictionary dictionary) {
                    if (PdfName.FONTDESCRIPTOR.equals(dictionary.get(PdfName.TYPE))) {
                        boolean embedded = dictionary.contains(PdfName.FONTFILE) || dictionary.contains(PdfName.FONTFILE2)
                                || dictionary.contains(PdfName.FONTFILE3);
                        descriptors.add(dictionary.get(PdfName.FONTNAME) + (embedded ? "" : " (not embedded)"));
                    }
                    if (PdfName.FONT.equals(dictionary.get(PdfName.TYPE))) {
                        assertThat(dictionary.get(PdfName.SUBTYPE)).as("a standard Type 1 font is never embedded")
                                .isNotEqualTo(PdfName.TYPE1);
                    }
                }
            }
            assertThat(descriptors).isNotEmpty().noneMatch(d -> d.endsWith("(not embedded)"));
            assertThat(descriptors).allMatch(d -> d.contains("LiberationSans"));
        } finally {
            reader.close();
        }
    }

    /** qpdf's structural check, when qpdf is installed (Debian: apt-get install qpdf). */
    public static void qpdfCheck(byte[] pdf) throws IOException {
        Path qpdf = Path.of("/usr/bin/qpdf");
        Assumptions.assumeTrue(Files.isExecutable(qpdf), "qpdf is not installed");
        Path file = Files.createTempFile("tanda-terima", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder(qpdf.toString(), "--check", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).contains("No syntax or stream encoding errors found");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
