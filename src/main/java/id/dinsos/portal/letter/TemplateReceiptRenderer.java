package id.dinsos.portal.letter;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.dinsos.portal.intake.ReceiptContent;
import id.dinsos.portal.intake.ReceiptRenderer;
import id.dinsos.portal.office.OfficeService;

/**
 * Intake's receipts, laid out like letters (issue 6, item 8): the office's receipt template
 * ({@code kind: receipt}, in the reader's language when the office has it), the same letterhead with
 * the emblem, fonts and PDF/A-2b as a letter, the documents received, and the QR code to the tracking
 * page. Not signed, and its footer says so.
 */
@Component
class TemplateReceiptRenderer implements ReceiptRenderer {

    private final LetterTemplates templates;
    private final OfficeService office;
    private final MessageSource messages;

    TemplateReceiptRenderer(LetterTemplates templates, OfficeService office, MessageSource messages) {
        this.templates = templates;
        this.office = office;
        this.messages = messages;
    }

    @Override
    public byte[] render(ReceiptContent content) {
        LetterTemplate template = templates.receipt(content.locale());
        return new LetterPdf(messages, pdfContent(template, content, office.emblem().orElse(null), messages))
                .renderReceipt();
    }

    /** The PDF's content: the placeholders' values in the template's language. */
    static LetterPdf.Content pdfContent(LetterTemplate template, ReceiptContent content, byte @Nullable [] emblem,
                                        MessageSource messages) {
        Locale language = template.language();
        Map<String, String> values = new HashMap<>();
        values.put("receipt.kind", messages.getMessage("letter.receipt.kind." + content.kind().name(), null, language));
        values.put("tracking.number", content.trackingNumber());
        values.put("tracking.link", content.trackingLink());
        values.put("service.name", content.serviceName());
        putIfPresent(values, "applicant.name", content.applicantName());
        putIfPresent(values, "applicant.nik-masked", content.maskedNik());
        putIfPresent(values, "beneficiary.name", content.beneficiaryName());
        values.put("submitted.at", dateTime(content.submittedAt(), language, messages));
        values.put("printed.at", dateTime(content.printedAt(), language, messages));
        putIfPresent(values, "time-limit", content.timeLimit());
        String fee = content.feeText() != null ? content.feeText() : content.free() ? "Rp 0" : null;
        putIfPresent(values, "fee", fee);
        values.put("fee.note", content.free() ? messages.getMessage("letter.receipt.free", null, language)
                : messages.getMessage("letter.receipt.fee-text", new Object[] {fee == null ? "–" : fee}, language));
        return LetterPdf.Content.receipt(content.office(), emblem, template, values,
                content.printedAt().toLocalDate(), content.trackingLink(), content.received());
    }

    private static void putIfPresent(Map<String, String> values, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
    }

    /** {@code 17 Mei 2026, pukul 14.05 WIB} / {@code 17 May 2026, 14:05 WIB}. */
    private static String dateTime(ZonedDateTime time, Locale language, MessageSource messages) {
        String date = DateTimeFormatter.ofPattern(messages.getMessage("letter.receipt.date-pattern", null, language),
                language).format(time);
        String clock = DateTimeFormatter.ofPattern(messages.getMessage("letter.receipt.time-pattern", null, language),
                language).format(time);
        String zone = messages.getMessage("zone." + time.getZone().getId(), null, time.getZone().getId(), language);
        return messages.getMessage("letter.receipt.datetime", new Object[] {date, clock, zone}, language);
    }
}
