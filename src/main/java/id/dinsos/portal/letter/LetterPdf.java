package id.dinsos.portal.letter;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.context.MessageSource;

import id.dinsos.portal.intake.ReceiptContent;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.pdf.PdfFonts;

/**
 * Lays out one letter on A4 as PDF/A-2b (GUIDE §5): the office's letterhead (kop surat, with the
 * office's emblem at its left when the office has one), the title and number, the addressee, the
 * template's paragraphs and table, the signature block with name, rank and NIP, and a footer with the
 * verification QR code that says truthfully how the letter was signed. Official letters are written in
 * Indonesian; the fixed texts come from the bundle in that language.
 * <p>
 * A receipt ({@code kind: receipt}) takes the same path in the template's language: the tracking number
 * instead of a letter number, the documents received, no signature block, and a footer with the QR code
 * to the tracking page that says the receipt is not signed.
 * Every chunk names an embedded font ({@link PdfFonts}).
 */
final class LetterPdf {

    /** Letters are in Bahasa Indonesia (naskah dinas), whatever the reader's language. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private static final Color INK = Color.BLACK;
    private static final Color MUTED = new Color(0x37, 0x41, 0x51);
    private static final float QR_SIZE = 68;
    /** The emblem's height in the letterhead: about the four lines of text beside it. */
    private static final float EMBLEM_HEIGHT = 62;

    /** Who signs, as the block under the letter prints it. */
    record SignerBlock(String title, String name, @Nullable String rank, @Nullable String nip) {
    }

    /**
     * What a letter (or a receipt) shows.
     *
     * @param emblem          the office's emblem (PNG or JPEG, {@code OfficeService#emblem()}), or null: text only
     * @param number          null for a draft (not yet numbered) and for a receipt
     * @param signer          null for a receipt, which is not signed
     * @param verificationUrl null for a draft: no QR code, a draft footer; for a receipt the tracking page
     * @param issuer          who issued the signer's certificate, for the footer; null for a draft
     * @param documents       a receipt's documents received per requirement (its {@code [documents]} section)
     */
    record Content(OfficeProfile office, byte @Nullable [] emblem, LetterTemplate template, Map<String, String> values,
                   @Nullable String number, LocalDate date, @Nullable SignerBlock signer,
                   @Nullable String verificationUrl, @Nullable String issuer, List<ReceiptContent.Received> documents) {

        Content {
            documents = List.copyOf(documents);
        }

        /** A letter, without an emblem until {@link #withEmblem} gives it one. */
        Content(OfficeProfile office, LetterTemplate template, Map<String, String> values, @Nullable String number,
                LocalDate date, SignerBlock signer, @Nullable String verificationUrl, @Nullable String issuer) {
            this(office, null, template, values, number, date, signer, verificationUrl, issuer, List.of());
        }

        /** A receipt: not numbered, not signed; its QR code leads to the tracking page. */
        static Content receipt(OfficeProfile office, byte @Nullable [] emblem, LetterTemplate template,
                               Map<String, String> values, LocalDate date, String trackingUrl,
                               List<ReceiptContent.Received> documents) {
            if (!template.isReceipt()) {
                throw new IllegalArgumentException(template.code() + " is not a receipt template");
            }
            return new Content(office, emblem, template, values, null, date, null, trackingUrl, null, documents);
        }

        Content withEmblem(byte @Nullable [] emblemImage) {
            return new Content(office, emblemImage, template, values, number, date, signer, verificationUrl, issuer,
                    documents);
        }
    }

    /** The PDF and where the visible signature goes (page and box, in points; none on a receipt). */
    record Rendered(byte[] pdf, int page, @Nullable Rectangle signatureBox) {
    }

    private final MessageSource messages;
    private final Content content;
    private final Locale locale;

    LetterPdf(MessageSource messages, Content content) {
        this.messages = messages;
        this.content = content;
        this.locale = content.template().language();
    }

    /** The values of every placeholder: the draft's snapshot, then the number, date and signer. */
    Map<String, String> values() {
        Map<String, String> values = new HashMap<>(content.values());
        values.put("number", content.number() != null ? content.number() : text("letter.pdf.number.pending"));
        values.put("date", DATE.format(content.date()));
        values.put("place", content.office().city());
        SignerBlock signer = content.signer();
        if (signer != null) {
            values.put("signer.name", signer.name());
            values.put("signer.rank", orEmpty(signer.rank()));
            values.put("signer.nip", orEmpty(signer.nip()));
            // In running text the office the signer speaks for: the last line of the block's title.
            String[] title = signer.title().split("\n");
            values.put("signer.title", title[title.length - 1]);
        }
        values.put("office.name", content.office().fullName().in(locale));
        values.put("office.government", content.office().government().in(locale));
        values.put("office.city", content.office().city());
        return values;
    }

    /** A receipt's PDF (PDF/A-2b, not signed). */
    byte[] renderReceipt() {
        if (!content.template().isReceipt()) {
            throw new IllegalStateException(content.template().code() + " is a letter, not a receipt");
        }
        return layout().pdf();
    }

    /** A letter's PDF and where its visible signature goes. */
    Rendered render() {
        if (content.template().isReceipt()) {
            throw new IllegalStateException(content.template().code() + " is a receipt, not a letter");
        }
        Rendered rendered = layout();
        if (rendered.signatureBox() == null) {
            throw new IllegalStateException("The signature block was not laid out");
        }
        return rendered;
    }

    private Rendered layout() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // A4; margins 2.5 cm left, 2 cm right, room at the bottom for the footer with the QR code.
        Document document = new Document(PageSize.A4, 71, 57, 40, 40 + QR_SIZE + 12);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // PDF/A-2b: conformance before open(), an sRGB output intent, XMP metadata (GUIDE §5).
        writer.setPDFXConformance(PdfWriter.PDFA2B);
        String title = LetterTemplate.fill(content.template().title(), values());
        String reference = content.template().isReceipt() ? content.values().get("tracking.number") : content.number();
        document.addTitle(reference == null ? title : title + " " + reference);
        document.addAuthor(content.office().fullName().in(locale));
        document.addCreator(text("app.name"));
        document.addSubject(title);
        document.setDocumentLanguage(locale.getLanguage());
        writer.setPageEvent(new Footer());
        document.open();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = values();
        letterhead(document);
        heading(document, title);
        SignatureBox box = new SignatureBox(writer);
        for (LetterTemplate.Block block : content.template().blocks()) {
            switch (block) {
                case LetterTemplate.Addressee a -> addressee(document, a, values);
                case LetterTemplate.Paragraph p -> paragraph(document, p, values);
                case LetterTemplate.Table t -> table(document, t, values);
                case LetterTemplate.Documents d -> documents(document);
            }
        }
        if (!content.template().isReceipt()) {
            signature(document, box);
        }
        writer.createXmpMetadata();
        document.close();
        // A receipt has no signature block: its box stays empty (never read).
        return new Rendered(out.toByteArray(), box.page, box.position);
    }

    private void letterhead(Document document) {
        OfficeProfile office = content.office();
        List<Paragraph> lines = new ArrayList<>();
        lines.add(centred(office.government().in(locale), PdfFonts.bold(14, INK), 0));
        lines.add(centred(office.name().in(locale), PdfFonts.bold(18, INK), 0));
        lines.add(centred(String.join(", ", office.address()), PdfFonts.regular(9.5f, INK), 1));
        List<String> contacts = new ArrayList<>();
        if (!office.phone().isEmpty()) {
            contacts.add(text("letter.pdf.phone", String.join(", ", office.phone())));
        }
        if (office.fax() != null && !office.fax().isBlank()) {
            contacts.add(text("letter.pdf.fax", office.fax()));
        }
        contacts.add(text("letter.pdf.email", office.email()));
        contacts.add(text("letter.pdf.website", office.website()));
        lines.add(centred(String.join(" · ", contacts), PdfFonts.regular(9, INK), 0));
        if (content.emblem() == null) {
            lines.forEach(document::add);
        } else {
            document.add(withEmblem(content.emblem(), lines));
        }
        Font font = PdfFonts.regular(6, INK);
        Paragraph rules = new Paragraph(6, "", font);
        rules.setSpacingBefore(2);
        Chunk thick = new Chunk(new LineSeparator(2.2f, 100, INK, Element.ALIGN_CENTER, -4));
        thick.setFont(font);
        Chunk thin = new Chunk(new LineSeparator(0.6f, 100, INK, Element.ALIGN_CENTER, 8));
        thin.setFont(font);
        rules.add(thick);
        rules.add(new Chunk("\n", font));
        rules.add(thin);
        document.add(rules);
    }

    /**
     * Naskah dinas put the emblem at the left of the kop and centre the text on the page: a table of
     * emblem, text, and an empty column as wide as the emblem's, so the text stays centred.
     */
    private static PdfPTable withEmblem(byte[] emblem, List<Paragraph> lines) {
        Image image;
        try {
            image = Image.getInstance(emblem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        image.scaleToFit(EMBLEM_HEIGHT * 1.2f, EMBLEM_HEIGHT);
        PdfPTable table = new PdfPTable(new float[] {16, 68, 16});
        table.setWidthPercentage(100);
        PdfPCell emblemCell = new PdfPCell(image, false);
        emblemCell.setBorder(Rectangle.NO_BORDER);
        emblemCell.setHorizontalAlignment(Element.ALIGN_LEFT);
        emblemCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(emblemCell);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        text.setPadding(0);
        lines.forEach(text::addElement);
        table.addCell(text);
        table.addCell(plain("", PdfFonts.regular(9, INK)));
        return table;
    }

    private void heading(Document document, String title) {
        Font font = PdfFonts.bold(12.5f, INK);
        Paragraph heading = new Paragraph("", font);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(10);
        Chunk chunk = new Chunk(title, font);
        chunk.setUnderline(0.8f, -2);
        heading.add(chunk);
        document.add(heading);
        String numberLine = content.template().isReceipt()
                ? text("letter.receipt.tracking-number", content.values().get("tracking.number"))
                : text("letter.pdf.number", values().get("number"));
        Paragraph number = centred(numberLine, PdfFonts.regular(11, INK), 2);
        number.setSpacingAfter(14);
        document.add(number);
    }

    private void addressee(Document document, LetterTemplate.Addressee addressee, Map<String, String> values) {
        Paragraph p = new Paragraph(14, "", PdfFonts.regular(11, INK));
        List<String> lines = addressee.lines().stream().map(l -> LetterTemplate.fill(l, values)).toList();
        p.add(new Chunk(String.join("\n", lines), PdfFonts.regular(11, INK)));
        p.setSpacingAfter(10);
        document.add(p);
    }

    private void paragraph(Document document, LetterTemplate.Paragraph paragraph, Map<String, String> values) {
        Paragraph p = new Paragraph(15, LetterTemplate.fill(paragraph.text(), values), PdfFonts.regular(11, INK));
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(28);
        p.setSpacingAfter(8);
        document.add(p);
    }

    private void table(Document document, LetterTemplate.Table table, Map<String, String> values) {
        PdfPTable t = new PdfPTable(new float[] {34, 3, 63});
        t.setWidthPercentage(92);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setSpacingAfter(8);
        for (LetterTemplate.Row row : table.rows()) {
            t.addCell(plain(LetterTemplate.fill(row.label(), values), PdfFonts.regular(11, INK)));
            t.addCell(plain(":", PdfFonts.regular(11, INK)));
            t.addCell(plain(LetterTemplate.fill(row.value(), values), PdfFonts.regular(11, INK)));
        }
        document.add(t);
    }

    /** A receipt's documents received: a numbered row per requirement, its files one per line. */
    private void documents(Document document) {
        List<ReceiptContent.Received> received = content.documents();
        int count = received.stream().mapToInt(r -> r.fileNames().size()).sum();
        Paragraph heading = new Paragraph(text("letter.receipt.documents", count), PdfFonts.bold(11, INK));
        heading.setSpacingBefore(4);
        heading.setSpacingAfter(4);
        document.add(heading);
        if (received.isEmpty()) {
            Paragraph none = new Paragraph(text("letter.receipt.documents.none"), PdfFonts.regular(11, INK));
            none.setSpacingAfter(8);
            document.add(none);
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {7, 43, 50});
        table.setWidthPercentage(100);
        // A long list runs onto the next page with its header repeated.
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        for (String key : List.of("letter.receipt.documents.number", "letter.receipt.documents.requirement",
                "letter.receipt.documents.files")) {
            table.addCell(ruled(text(key), PdfFonts.bold(10, INK)));
        }
        int n = 1;
        for (ReceiptContent.Received r : received) {
            table.addCell(ruled(String.valueOf(n++), PdfFonts.regular(10, INK)));
            table.addCell(ruled(r.requirement(), PdfFonts.regular(10, INK)));
            table.addCell(ruled(String.join("\n", r.fileNames()), PdfFonts.regular(10, INK)));
        }
        document.add(table);
    }

    private static PdfPCell ruled(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(13, text, font));
        cell.setBorderColor(MUTED);
        cell.setBorderWidth(0.4f);
        cell.setPadding(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    private void signature(Document document, SignatureBox box) {
        SignerBlock signer = content.signer();
        if (signer == null) {
            throw new IllegalStateException("A letter needs its signer");
        }
        PdfPTable outer = new PdfPTable(new float[] {45, 55});
        outer.setWidthPercentage(100);
        outer.setSpacingBefore(12);
        outer.setKeepTogether(true);
        outer.addCell(plain("", PdfFonts.regular(11, INK)));
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.addCell(plain(text("letter.pdf.place-date", content.office().city(), DATE.format(content.date())),
                PdfFonts.regular(11, INK)));
        block.addCell(plain(signer.title().toUpperCase(INDONESIAN), PdfFonts.bold(11, INK)));
        PdfPCell space = plain("", PdfFonts.regular(11, INK));
        space.setFixedHeight(62);
        space.setCellEvent(box);
        block.addCell(space);
        Font nameFont = PdfFonts.bold(11, INK);
        Chunk name = new Chunk(signer.name(), nameFont);
        name.setUnderline(0.7f, -2);
        PdfPCell nameCell = new PdfPCell(new Phrase(name));
        nameCell.setBorder(Rectangle.NO_BORDER);
        nameCell.setPadding(1);
        block.addCell(nameCell);
        if (signer.rank() != null && !signer.rank().isBlank()) {
            block.addCell(plain(signer.rank(), PdfFonts.regular(11, INK)));
        }
        if (signer.nip() != null && !signer.nip().isBlank()) {
            block.addCell(plain(text("letter.pdf.nip", signer.nip()), PdfFonts.regular(11, INK)));
        }
        PdfPCell right = new PdfPCell(block);
        right.setBorder(Rectangle.NO_BORDER);
        outer.addCell(right);
        document.add(outer);
    }

    /** Notes where the empty cell of the signature block landed: the visible signature goes there. */
    private static final class SignatureBox implements PdfPCellEvent {
        private final PdfWriter writer;
        private @Nullable Rectangle position;
        private int page;

        SignatureBox(PdfWriter writer) {
            this.writer = writer;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            this.position = new Rectangle(position.getLeft(), position.getBottom(), position.getRight(), position.getTop());
            this.page = writer.getPageNumber();
        }
    }

    /** The footer of every page: the QR code and how the letter was signed, or that it is a draft. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float left = document.left();
            float bottom = 30;
            String text;
            float textLeft = left;
            if (content.template().isReceipt() && content.verificationUrl() != null) {
                // Truthfully: the portal made it and no one signed it; the QR code leads to the tracking page.
                QrCodes.draw(canvas, content.verificationUrl(), left - 6, bottom, QR_SIZE);
                textLeft = left + QR_SIZE;
                text = text("letter.receipt.footer", text("app.name"), content.verificationUrl());
            } else if (content.verificationUrl() != null && content.signer() != null) {
                QrCodes.draw(canvas, content.verificationUrl(), left - 6, bottom, QR_SIZE);
                textLeft = left + QR_SIZE;
                text = text("letter.pdf.footer.signed", content.signer().name(), orEmpty(content.issuer()),
                        content.verificationUrl());
            } else {
                text = text("letter.pdf.footer.draft");
            }
            canvas.saveState();
            canvas.setColorStroke(MUTED);
            canvas.setLineWidth(0.4f);
            canvas.moveTo(left, bottom + QR_SIZE + 4);
            canvas.lineTo(document.right(), bottom + QR_SIZE + 4);
            canvas.stroke();
            canvas.restoreState();
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(textLeft, bottom, document.right(), bottom + QR_SIZE);
            column.setLeading(10);
            column.addText(new Phrase(10, text, PdfFonts.regular(8, MUTED)));
            column.addText(new Phrase(10, "\n" + text("letter.pdf.page", writer.getPageNumber()), PdfFonts.regular(7.5f, MUTED)));
            column.go();
        }
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(13, text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        cell.setPaddingBottom(2);
        return cell;
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
