package id.dinsos.portal.letter.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;

import id.dinsos.portal.letter.LetterStatus;
import id.dinsos.portal.letter.LetterVerification;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * Public verification of a letter ({@code /verifikasi/{code}}, the address in its QR code): the number,
 * date, type and signer, whether it is valid or was revoked (when and why), the holder's name partly
 * masked and the SHA-256 of the issued file. Uploading a PDF tells whether it is exactly the issued file
 * and whether its signature is intact.
 */
@Route(value = "verifikasi/:code", layout = PublicLayout.class)
@AnonymousAllowed
public class VerificationView extends PublicPage implements BeforeEnterObserver {

    /** A letter is about 80 KB; anything far larger is not one of ours. */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    private final LetterVerification verification;
    private final ZoneId zone;
    private @Nullable String code;
    private LetterVerification.@Nullable PublicLetter letter;
    private LetterVerification.@Nullable UploadCheck check;
    private final Div checkResult = new Div();

    public VerificationView(LetterVerification verification, OfficeService office) {
        this.verification = verification;
        this.zone = office.profile().hours().zone();
        addClassName("verification");
        checkResult.setId("verification-check");
        checkResult.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse(null);
        letter = verification.byCode(code).orElse(null);
    }

    @Override
    protected String title() {
        return getTranslation("letter.verify.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("letter.verify.title")));
        LetterVerification.PublicLetter shown = letter;
        if (shown == null) {
            Paragraph missing = new Paragraph(getTranslation("letter.verify.not-found"));
            missing.setId("verification-not-found");
            missing.addClassName("field-error");
            add(missing);
        } else {
            add(details(shown, locale));
        }
        add(uploadSection(locale));
    }

    private Section details(LetterVerification.PublicLetter l, Locale locale) {
        Section section = new Section();
        section.addClassName("form-section");
        Paragraph status = new Paragraph(l.status() == LetterStatus.VALID ? getTranslation("letter.verify.valid")
                : getTranslation("letter.verify.revoked", dateTime(l.revokedAt(), locale), l.revocationReason()));
        status.setId("verification-status");
        status.addClassName(l.status() == LetterStatus.VALID ? "status-ok" : "field-error");
        Div facts = new Div();
        facts.addClassName("glance");
        facts.add(fact("letter.verify.number", l.number(), "verification-number"),
                fact("letter.verify.date", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(l.issuedOn()), "verification-date"),
                fact("letter.verify.type", l.title(), "verification-type"),
                fact("letter.verify.signer", l.signer(), "verification-signer"),
                fact("letter.verify.holder", l.holder() == null ? "–" : l.holder(), "verification-holder"),
                fact("letter.verify.sha256", l.sha256(), "verification-sha256"));
        section.add(new H2(l.title()), status, facts);
        return section;
    }

    private Div fact(String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("glance-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("glance-value");
        text.getStyle().set("overflow-wrap", "anywhere");
        Div item = new Div(label, text);
        item.addClassName("glance-item");
        return item;
    }

    private Section uploadSection(Locale locale) {
        Section section = new Section();
        section.addClassName("form-section");
        H2 heading = new H2(getTranslation("letter.verify.upload.title"));
        heading.setId("verification-upload-title");
        Upload upload = new Upload();
        upload.setId("verification-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.getElement().setAttribute("aria-labelledby", "verification-upload-title");
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(e -> {
            check = null;
            checkResult.removeAll();
            checkResult.add(new Paragraph(getTranslation("letter.verify.upload.refused")));
        });
        section.add(heading, new Paragraph(getTranslation("letter.verify.upload.text")), upload, checkResult);
        showCheck();
        return section;
    }

    // The upload's request thread, without the session lock: read here, touch components in ui.access.
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
        }
        LetterVerification.UploadCheck result = bytes.length > MAX_UPLOAD_BYTES ? null : verification.check(bytes);
        ui.access(() -> {
            check = result;
            showCheck();
        });
    }

    private void showCheck() {
        checkResult.removeAll();
        LetterVerification.UploadCheck c = check;
        if (c == null) {
            return;
        }
        Paragraph identity = new Paragraph(c.letter() != null
                ? getTranslation("letter.verify.upload.match", c.letter().number())
                : getTranslation("letter.verify.upload.no-match"));
        identity.setId("verification-check-identity");
        String signatureKey = !c.signed() ? "letter.verify.upload.unsigned"
                : c.signatureIntact() && c.wholeDocumentSigned() ? "letter.verify.upload.intact"
                : c.signatureIntact() ? "letter.verify.upload.appended" : "letter.verify.upload.broken";
        Paragraph signature = new Paragraph(getTranslation(signatureKey, c.signer() == null ? "" : c.signer(),
                c.issuer() == null ? "" : c.issuer()));
        signature.setId("verification-check-signature");
        identity.addClassName(c.letter() != null ? "status-ok" : "field-error");
        signature.addClassName(c.signatureIntact() && c.wholeDocumentSigned() ? "status-ok" : "field-error");
        checkResult.add(identity, signature);
        if (c.letter() != null && c.letter().status() == LetterStatus.REVOKED) {
            Paragraph revoked = new Paragraph(getTranslation("letter.verify.upload.revoked"));
            revoked.addClassName("field-error");
            checkResult.add(revoked);
        }
    }

    private String dateTime(java.time.@Nullable Instant at, Locale locale) {
        return at == null ? "–" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).format(at.atZone(zone));
    }
}
