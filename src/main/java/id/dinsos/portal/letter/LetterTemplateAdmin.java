package id.dinsos.portal.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.intake.ReceiptContent;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.RecordNotFoundException;

/**
 * For administrators: the office's letter types, the check and preview of a template file, and its
 * installation (docs/letter-templates.md, docs/adr/0022). An installed template is stored in the database
 * as the type's next version and is used by every node from its next request; a revert makes the shipped
 * file active again, as another version. Nothing is ever deleted, and every install and revert is audited.
 */
@Service
public class LetterTemplateAdmin {

    /** A template is a few KB of text; the upload screen takes at most this much. */
    public static final int MAX_TEMPLATE_CHARS = 256 * 1024;
    static final int NOTE_MAX = 1000;
    private static final String AUDIT_SUBJECT = "LETTER_TEMPLATE";

    private final LetterTemplates templates;
    private final OfficeService office;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    LetterTemplateAdmin(LetterTemplates templates, OfficeService office, CurrentUser currentUser, AuditLog audit,
                        MessageSource messages, Clock clock,
                        @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.templates = templates;
        this.office = office;
        this.currentUser = currentUser;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<LetterTemplate> letterTypes() {
        return List.copyOf(templates.all().values());
    }

    /**
     * Every letter type with what is active: the shipped file (version 0) or an installed version, and
     * the latest install or revert (who, when), by code.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LetterTemplates.ActiveTemplate> activeTemplates() {
        return List.copyOf(templates.actives().values());
    }

    /** Every install and revert of a letter type, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<LetterTemplates.Installed> history(String letterType) {
        return templates.history(letterType);
    }

    /**
     * The active text of a letter type, to download and edit.
     *
     * @throws RecordNotFoundException for an unknown type
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String activeText(String letterType) {
        return templates.active(letterType).map(LetterTemplates.ActiveTemplate::text)
                .orElseThrow(() -> new RecordNotFoundException("LetterType"));
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
     * Installs a template file as the next version of its letter type ({@code <type>.txt}; a new name
     * adds a type): checked again here, so a broken one is never installed. Letters drafted before keep
     * the template they were drafted with.
     *
     * @return the installed version's number
     * @throws InvalidLetterTemplateException with the line and the reason; nothing is installed
     * @throws LetterStateException           when the text is already the active one, or too long, or the note is
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int install(String fileName, String text, @Nullable String note) {
        if (text.length() > MAX_TEMPLATE_CHARS) {
            throw new LetterStateException("letter.templates.install.too-long");
        }
        LetterTemplate template = templates.check(fileName, text);
        String sha256 = LetterTemplates.sha256(text);
        boolean unchanged = templates.active(template.code())
                .map(active -> active.sha256().equals(sha256)).orElse(false);
        if (unchanged) {
            throw new LetterStateException("letter.templates.install.unchanged");
        }
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        templates.keepText(sha256, text, now);
        int version = templates.addVersion(template.code(), LetterTemplates.Installed.Kind.INSTALLED, sha256,
                user.accountId(), user.fullName(), now, note(note));
        audit.record("LETTER_TEMPLATE_INSTALLED", AUDIT_SUBJECT, template.code(),
                "version=" + version + ", sha256=" + sha256);
        return version;
    }

    /**
     * Makes the shipped file of a letter type active again, recorded as the type's next version (the
     * history stays). A type the office added itself, without a shipped file, is withdrawn: no new letter
     * of it can be drafted; letters drafted before keep their template.
     *
     * @return the new version's number
     * @throws RecordNotFoundException for a type that was never installed
     * @throws LetterStateException    when the shipped file is already active
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int revert(String letterType, @Nullable String note) {
        List<LetterTemplates.Installed> history = templates.history(letterType);
        if (history.isEmpty()) {
            throw new RecordNotFoundException("LetterType");
        }
        if (history.getFirst().kind() == LetterTemplates.Installed.Kind.REVERTED) {
            throw new LetterStateException("letter.templates.revert.not-customised");
        }
        PortalUser user = currentUser.require();
        Instant now = clock.instant();
        String sha256 = templates.shippedFile(letterType).map(file -> {
            templates.keepText(file.sha256(), file.text(), now);
            return file.sha256();
        }).orElse(null);
        int version = templates.addVersion(letterType, LetterTemplates.Installed.Kind.REVERTED, sha256,
                user.accountId(), user.fullName(), now, note(note));
        audit.record("LETTER_TEMPLATE_REVERTED", AUDIT_SUBJECT, letterType,
                "version=" + version + (sha256 == null ? ", withdrawn" : ", shipped sha256=" + sha256));
        return version;
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

    private static @Nullable String note(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > NOTE_MAX) {
            throw new LetterStateException("letter.templates.install.note-too-long");
        }
        return text;
    }
}
