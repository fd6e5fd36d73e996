package id.dinsos.portal.letter.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;

import id.dinsos.portal.letter.InvalidLetterTemplateException;
import id.dinsos.portal.letter.LetterTemplate;
import id.dinsos.portal.letter.LetterTemplateAdmin;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators ({@code /admin/templat-surat}): the office's letter types with their classification,
 * services, paraf chain and signer, a preview of each as a draft PDF, and the check of an edited template
 * file before it is put into the templates folder (docs/letter-templates.md): refused with its line and
 * reason, or shown as a preview.
 */
@Route(value = "admin/templat-surat", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class LetterTemplatesAdminView extends PublicPage {

    /** A template is a few KB of text. */
    static final int MAX_TEMPLATE_BYTES = 256 * 1024;

    private final LetterTemplateAdmin admin;
    private final Div checkResult = new Div();

    public LetterTemplatesAdminView(LetterTemplateAdmin admin) {
        this.admin = admin;
        addClassName("admin-page");
        checkResult.setId("template-check");
        checkResult.getElement().setAttribute("role", "status");
    }

    @Override
    protected String title() {
        return getTranslation("letter.templates.title");
    }

    @Override
    protected void render(Locale locale) {
        Grid<LetterTemplate> grid = new Grid<>(LetterTemplate.class, false);
        grid.setId("template-grid");
        grid.addColumn(LetterTemplate::code).setHeader(getTranslation("letter.templates.code")).setAutoWidth(true);
        grid.addColumn(LetterTemplate::title).setHeader(getTranslation("letter.templates.name")).setFlexGrow(2);
        grid.addColumn(LetterTemplate::classification).setHeader(getTranslation("letter.templates.classification"))
                .setAutoWidth(true);
        grid.addColumn(t -> String.join(", ", t.services())).setHeader(getTranslation("letter.templates.services"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.paraf().stream().map(r -> getTranslation("staff.role." + r.name()))
                .collect(Collectors.joining(" → ")) + " → " + getTranslation("staff.role." + t.signer().name()))
                .setHeader(getTranslation("letter.templates.chain")).setFlexGrow(2);
        grid.addComponentColumn(this::previewLink).setHeader(getTranslation("letter.templates.preview")).setAutoWidth(true);
        grid.setItems(admin.letterTypes().stream().sorted(Comparator.comparing(LetterTemplate::code)).toList());
        grid.setAllRowsVisible(true);

        H2 checkHeading = new H2(getTranslation("letter.templates.check.title"));
        checkHeading.setId("template-check-title");
        Upload upload = new Upload();
        upload.setId("template-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes("text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_TEMPLATE_BYTES);
        upload.getElement().setAttribute("aria-labelledby", "template-check-title");
        upload.setUploadHandler(this::receive);
        add(new H1(getTranslation("letter.templates.title")), new AdminMenu("admin/templat-surat"),
                new Paragraph(getTranslation("letter.templates.intro")), grid, checkHeading,
                new Paragraph(getTranslation("letter.templates.check.text")), upload, checkResult);
    }

    private Anchor previewLink(LetterTemplate template) {
        Anchor preview = new Anchor((DownloadHandler) event -> {
            event.setFileName(template.code() + "-pratinjau.pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(admin.preview(template));
        }, getTranslation("letter.templates.preview"));
        preview.setTarget("_blank");
        return preview;
    }

    // The upload's request thread, without the session lock: read and check here, show in ui.access.
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        String text;
        try (InputStream in = event.getInputStream()) {
            text = new String(in.readNBytes(MAX_TEMPLATE_BYTES), StandardCharsets.UTF_8);
        }
        LetterTemplate checked;
        String problem;
        try {
            checked = admin.check(name, text);
            problem = null;
        } catch (InvalidLetterTemplateException e) {
            checked = null;
            problem = getTranslation(ui.getLocale(), "letter.templates.check.refused", e.file(), e.line(), e.reason());
        }
        LetterTemplate ok = checked;
        String refused = problem;
        ui.access(() -> {
            checkResult.removeAll();
            if (ok != null) {
                Paragraph fine = new Paragraph(getTranslation("letter.templates.check.ok", ok.code()));
                fine.addClassName("status-ok");
                checkResult.add(fine, previewLink(ok));
            } else {
                Paragraph error = new Paragraph(refused);
                error.addClassName("field-error");
                checkResult.add(error);
            }
        });
    }
}
