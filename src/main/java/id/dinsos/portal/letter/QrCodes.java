package id.dinsos.portal.letter;

import java.awt.Color;
import java.util.Map;

import org.openpdf.text.pdf.PdfContentByte;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes drawn as vector rectangles (ZXing encodes, the PDF draws each run of dark modules as one
 * filled rectangle): sharp at any zoom and on any printer, and a few hundred bytes.
 */
final class QrCodes {

    /** The quiet zone the standard asks for around the symbol, in modules. */
    static final int QUIET_ZONE = 4;

    private QrCodes() {
    }

    /** The module matrix of a text, error correction level M (15 %: survives a fold or a stamp). */
    static boolean[][] matrix(String text) {
        try {
            ByteMatrix m = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
            boolean[][] dark = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    dark[y][x] = m.get(x, y) == 1;
                }
            }
            return dark;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for this text", e);
        }
    }

    /**
     * Draws the code with its quiet zone into a square of {@code size} points whose lower left corner is
     * at ({@code x}, {@code y}).
     */
    static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
        boolean[][] dark = matrix(text);
        int n = dark.length;
        float module = size / (n + 2 * QUIET_ZONE);
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < n; row++) {
            float top = y + size - (QUIET_ZONE + row + 1) * module;
            int col = 0;
            while (col < n) {
                if (!dark[row][col]) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && dark[row][col]) {
                    col++;
                }
                canvas.rectangle(x + (QUIET_ZONE + start) * module, top, (col - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }
}
