package id.dinsos.portal.intake;

/**
 * The receipt (tanda terima) of a submitted application: a PDF the applicant keeps as proof that the
 * office received it.
 *
 * @param pdf the whole document (a few dozen kilobytes)
 */
public record Receipt(String trackingNumber, byte[] pdf) {

    /** The name to save it under: {@code tanda-terima-ALB-2026-000123.pdf}. */
    public String fileName() {
        return "tanda-terima-" + trackingNumber + ".pdf";
    }

    @Override
    public String toString() {
        return "Receipt[" + trackingNumber + ", " + pdf.length + " bytes]";
    }
}
