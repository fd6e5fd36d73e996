package id.dinsos.portal.intake;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Anchor;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.context.MessageSource;

import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.pdf.PdfFonts;

/**
 * Lays out one receipt on an A4 page with OpenPDF (docs/adr/0012). Every text comes from the message
 * bundle or from the records; every font is embedded ({@link PdfFonts}).
 */
final class ReceiptPdf {

    /** What a receipt shows; the NIK already masked. */
    record Content(Locale locale, OfficeProfile office, ApplicationKind kind, String trackingNumber, String serviceName,
                   ZonedDateTime submittedAt, ZonedDateTime printedAt, @Nullable String applicantName,
                   @Nullable String maskedNik, @Nullable String beneficiaryName, List<Received> received,
                   @Nullable String timeLimit, boolean free, @Nullable String feeText, String trackingLink) {
    }

    /** The files received for one requirement. */
    record Received(String requirement, List<String> fileNames) {
    }

    private static final Color INK = new Color(0x1F, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4B, 0x55, 0x63);
    private static final Color RULE = new Color(0x9C, 0xA3, 0xAF);
    private static final Color SHADE = new Color(0xF3, 0xF4, 0xF6);
    private static final Color LINK = new Color(0x1D, 0x4E, 0xD8);

    private final MessageSource messages;
    private final Content content;
    private final Locale locale;

    ReceiptPdf(MessageSource messages, Content content) {
        this.messages = messages;
        this.content = content;
        this.locale = content.locale();
    }

    byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        // A4 with 2 cm margins (1 cm = 28.35 pt).
        Document document = new Document(PageSize.A4, 57, 57, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // PDF 1.7 (ISO 32000-1): what every viewer at the office and on phones opens.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        document.addTitle(text("intake.receipt.document-title", content.trackingNumber()));
        document.addAuthor(content.office().fullName().in(locale));
        document.addCreator(text("app.name"));
        document.setDocumentLanguage(locale.getLanguage());
        document.open();
        letterhead(document);
        title(document);
        details(document);
        documents(document);
        tracking(document);
        fee(document);
        footer(document);
        document.close();
        return out.toByteArray();
    }

    private void letterhead(Document document) {
        OfficeProfile office = content.office();
        document.add(centred(office.government().in(locale), PdfFonts.bold(13, INK), 0));
        document.add(centred(office.name().in(locale), PdfFonts.bold(17, INK), 0));
        document.add(centred(String.join(", ", office.address()), PdfFonts.regular(9, MUTED), 2));
        List<String> contacts = new ArrayList<>();
        if (!office.phone().isEmpty()) {
            contacts.add(text("intake.receipt.phone", String.join(", ", office.phone())));
        }
        if (office.fax() != null && !office.fax().isBlank()) {
            contacts.add(text("intake.receipt.fax", office.fax()));
        }
        document.add(centred(String.join(" · ", contacts), PdfFonts.regular(9, MUTED), 0));
        document.add(centred(text("intake.receipt.email", office.email()) + " · "
                + text("intake.receipt.website", office.website()), PdfFonts.regular(9, MUTED), 0));
        // The double rule under a government letterhead (kop surat): thick, then thin.
        // Every chunk with an explicit font: a default one would be Helvetica, not embedded.
        Font font = PdfFonts.regular(6, INK);
        Paragraph rules = new Paragraph(6, "", font);
        rules.setSpacingBefore(2);
        rules.add(separator(2.2f, -4, font));
        rules.add(new Chunk("\n", font));
        rules.add(separator(0.6f, 8, font));
        document.add(rules);
    }

    private void title(Document document) {
        Paragraph title = centred(text("intake.receipt.title." + content.kind().name()), PdfFonts.bold(14, INK), 6);
        document.add(title);
        Paragraph label = centred(text("intake.receipt.tracking-number"), PdfFonts.regular(10, MUTED), 10);
        document.add(label);
        Paragraph number = centred(content.trackingNumber(), PdfFonts.bold(24, INK), 2);
        number.setSpacingAfter(12);
        document.add(number);
    }

    private void details(Document document) {
        PdfPTable table = new PdfPTable(new float[] {34, 66});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        row(table, "intake.receipt.service", content.serviceName());
        row(table, "intake.receipt.submitted-at", dateTime(content.submittedAt()));
        row(table, "intake.receipt.applicant", orDash(content.applicantName()));
        row(table, "intake.receipt.nik", orDash(content.maskedNik()));
        if (content.beneficiaryName() != null && !content.beneficiaryName().isBlank()) {
            row(table, "intake.receipt.beneficiary", content.beneficiaryName());
        }
        if (content.timeLimit() != null) {
            row(table, "intake.receipt.time-limit", content.timeLimit());
        }
        row(table, "intake.receipt.fee", content.feeText() != null ? content.feeText() : content.free() ? "Rp 0" : "–");
        document.add(table);
    }

    private void documents(Document document) {
        int count = content.received().stream().mapToInt(r -> r.fileNames().size()).sum();
        Paragraph heading = new Paragraph(text("intake.receipt.documents", count), PdfFonts.bold(11, INK));
        heading.setSpacingAfter(4);
        document.add(heading);
        if (content.received().isEmpty()) {
            document.add(new Paragraph(text("intake.receipt.documents.none"), PdfFonts.regular(10, INK)));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {7, 43, 50});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(10);
        for (String key : List.of("intake.receipt.documents.number", "intake.receipt.documents.requirement",
                "intake.receipt.documents.files")) {
            PdfPCell cell = cell(new Phrase(text(key), PdfFonts.bold(9, INK)));
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        int n = 1;
        for (Received received : content.received()) {
            table.addCell(cell(new Phrase(String.valueOf(n++), PdfFonts.regular(9, INK))));
            table.addCell(cell(new Phrase(received.requirement(), PdfFonts.regular(9, INK))));
            table.addCell(cell(new Phrase(String.join("\n", received.fileNames()), PdfFonts.regular(9, INK))));
        }
        document.add(table);
    }

    private void tracking(Document document) {
        Paragraph heading = new Paragraph(text("intake.receipt.tracking.title"), PdfFonts.bold(11, INK));
        heading.setSpacingAfter(2);
        document.add(heading);
        Paragraph how = new Paragraph(text("intake.receipt.tracking.text", content.trackingNumber()),
                PdfFonts.regular(10, INK));
        how.setLeading(13);
        document.add(how);
        Anchor link = new Anchor(content.trackingLink(), PdfFonts.regular(10, LINK));
        link.setReference(content.trackingLink());
        Paragraph linkLine = new Paragraph("", PdfFonts.regular(10, LINK));
        linkLine.add(link);
        linkLine.setSpacingAfter(10);
        document.add(linkLine);
    }

    private void fee(Document document) {
        String note = content.free() ? text("intake.receipt.free") : text("intake.receipt.fee-text", orDash(content.feeText()));
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(12);
        PdfPCell cell = new PdfPCell(new Phrase(note, PdfFonts.bold(10, INK)));
        cell.setBackgroundColor(SHADE);
        cell.setBorderColor(RULE);
        cell.setPadding(7);
        box.addCell(cell);
        document.add(box);
    }

    private void footer(Document document) {
        Paragraph keep = new Paragraph(text("intake.receipt.keep"), PdfFonts.regular(9, MUTED));
        document.add(keep);
        Paragraph printed = new Paragraph(text("intake.receipt.printed", text("app.name"),
                dateTime(content.printedAt())), PdfFonts.regular(8, MUTED));
        printed.setSpacingBefore(2);
        document.add(printed);
    }

    private void row(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(labelKey), PdfFonts.regular(10, MUTED)));
        PdfPCell cell = new PdfPCell(new Phrase(value, PdfFonts.bold(10, INK)));
        for (PdfPCell c : List.of(label, cell)) {
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(RULE);
            c.setBorderWidth(0.4f);
            c.setPaddingTop(4);
            c.setPaddingBottom(5);
            table.addCell(c);
        }
    }

    private static Chunk separator(float width, float offset, Font font) {
        Chunk line = new Chunk(new LineSeparator(width, 100, INK, Element.ALIGN_CENTER, offset));
        line.setFont(font);
        return line;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.4f);
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** {@code 17 Mei 2026, pukul 14.05 WIB} / {@code 17 May 2026, 14:05 WIB}. */
    private String dateTime(ZonedDateTime time) {
        String date = DateTimeFormatter.ofPattern(text("intake.receipt.date-pattern"), locale).format(time);
        String clock = DateTimeFormatter.ofPattern(text("intake.receipt.time-pattern"), locale).format(time);
        String zone = messages.getMessage("zone." + time.getZone().getId(), null, time.getZone().getId(), locale);
        return text("intake.receipt.datetime", date, clock, zone);
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
