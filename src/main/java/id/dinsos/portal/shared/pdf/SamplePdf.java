package id.dinsos.portal.shared.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One-page A4 PDFs that say they are samples: the demo profile's documents, never a real person's. */
public final class SamplePdf {

    private SamplePdf() {
    }

    /**
     * A page headed "CONTOH / SAMPLE" with one line of printable ASCII, written out with its
     * cross-reference table (every reader opens it; the upload check recognises it as a PDF).
     */
    public static byte[] page(String line) {
        String safe = line.replaceAll("[^ -~]", "?").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        String text = "BT /F1 18 Tf 72 770 Td (CONTOH / SAMPLE) Tj 0 -28 Td /F1 12 Tf (" + safe + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
                        + "/Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
        List<Integer> offsets = new ArrayList<>();
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format(Locale.ROOT, "%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
