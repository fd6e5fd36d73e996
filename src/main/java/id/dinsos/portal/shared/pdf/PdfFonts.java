package id.dinsos.portal.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts the portal's PDFs are written with: Liberation Sans (SIL Open Font License, metrics of
 * Arial), bundled in the application under {@code fonts/} rather than read from the server, and
 * embedded (subset) in every document, so that a PDF looks the same in every viewer and shows every
 * character of Indonesian names and addresses (é, ’, “”, •, –). OpenPDF's built-in Helvetica is not
 * embedded and covers Latin-1 only.
 */
public final class PdfFonts {

    private static final BaseFont REGULAR = load("fonts/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("fonts/LiberationSans-Bold.ttf");

    private PdfFonts() {
    }

    /** The regular face, in points. */
    public static Font regular(float size) {
        return new Font(REGULAR, size, Font.NORMAL);
    }

    /** The bold face, in points. */
    public static Font bold(float size) {
        return new Font(BOLD, size, Font.NORMAL);
    }

    public static Font regular(float size, java.awt.Color color) {
        return new Font(REGULAR, size, Font.NORMAL, color);
    }

    public static Font bold(float size, java.awt.Color color) {
        return new Font(BOLD, size, Font.NORMAL, color);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            // Identity-H: any Unicode character the font has; embedded, and subset by the writer.
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            // No CIDSet: optional in PDF 1.7, and veraPDF refuses PDF/A-2 letters whose CIDSet does not
            // list exactly the subset's glyphs (GUIDE §5).
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
