package id.dinsos.portal.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import id.dinsos.portal.intake.ReceiptContent;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;

/**
 * For administrators: the office's letter types, and a check and preview of a template file before it
 * is put into {@code PORTAL_TEMPLATES_LOCATION/letters/} (the portal reads templates from files at
 * start-up; it does not install uploaded ones itself).
 */
@Service
public class LetterTemplateAdmin {

    private final LetterTemplates templates;
    private final OfficeService office;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    LetterTemplateAdmin(LetterTemplates templates, OfficeService office, MessageSource messages, Clock clock,
                        @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.office = office;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<LetterTemplate> letterTypes() {
        return List.copyOf(templates.all().values());
    }

    /**
     * Checks a template file as the start-up would.
     *
     * @throws InvalidLetterTemplateException with the line and the reason
     */
    @PreAuthorize("hasRole('ADMIN')")
    public LetterTemplate check(String fileName, String text) {
        return templates.check(fileName, text);
    }

    /**
     * The template as a draft PDF, each placeholder shown by its name in brackets; a receipt template
     * (checked, never a letter type) as a receipt.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public byte[] preview(LetterTemplate template) {
        OfficeProfile profile = office.profile();
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder(template.title());
        template.blocks().forEach(b -> all.append(' ').append(b));
        Matcher m = LetterTemplate.PLACEHOLDER.matcher(all);
        while (m.find()) {
            values.put(m.group(1), "‹" + m.group(1) + "›");
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.hours().zone()));
        byte[] emblem = office.emblem().orElse(null);
        if (template.isReceipt()) {
            // A checked receipt template: one sample requirement, the QR code to the public tracking page.
            List<ReceiptContent.Received> sample = List.of(new ReceiptContent.Received("‹documents›", List.of("‹file›")));
            return new LetterPdf(messages, LetterPdf.Content.receipt(profile, emblem, template, values, today,
                    baseUrl + "/lacak", sample)).renderReceipt();
        }
        LetterPdf.SignerBlock signer = new LetterPdf.SignerBlock(profile.head().title().id(), profile.head().name(),
                profile.head().rank(), profile.head().nip());
        return new LetterPdf(messages, new LetterPdf.Content(profile, template, values, null, today, signer, null, null)
                .withEmblem(emblem)).render().pdf();
    }
}
