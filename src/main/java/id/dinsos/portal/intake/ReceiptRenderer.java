package id.dinsos.portal.intake;

/**
 * Lays out a receipt as a PDF. The letters module implements it with the office's receipt template, so
 * that a receipt has the same letterhead, fonts and PDF/A form as a letter (issue 6, item 8) while intake
 * does not depend on letters (letters depend on intake; see {@link ExpectedCompletion} for the pattern).
 */
public interface ReceiptRenderer {

    /** The whole PDF of one receipt. */
    byte[] render(ReceiptContent content);
}
