package id.dinsos.portal.letter.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;

import id.dinsos.portal.intake.ui.IntakeFormats;
import id.dinsos.portal.letter.InvalidLetterTemplateException;
import id.dinsos.portal.letter.LetterTemplate;
import id.dinsos.portal.letter.LetterTemplateAdmin;
import id.dinsos.portal.letter.LetterTemplates;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

import jakarta.annotation.security.RolesAllowed;

/**
 * For administrators ({@code /admin/templat-surat}): the office's letter types with their classification,
 * services, paraf chain and signer, which are customised (installed version, by whom, when), a preview of
 * each as a draft PDF, the active text to download, and a revert to the shipped file; then the upload of
 * an edited template (docs/letter-templates.md): refused with its line and reason, or shown as a preview
 * and installed with "Pasang". {@link LetterTemplateAdmin} decides; this view only calls it.
 */
@Route(value = "admin/templat-surat", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class LetterTemplatesAdminView extends PublicPage {

    /** A template is a few KB of text. */
    static final int MAX_TEMPLATE_BYTES = LetterTemplateAdmin.MAX_TEMPLATE_CHARS;

    private final LetterTemplateAdmin admin;
    private final ZoneId zone;
    private final Div checkResult = new Div();
    private final Paragraph message = new Paragraph();
    private final Grid<LetterTemplates.ActiveTemplate> grid = new Grid<>();

    public LetterTemplatesAdminView(LetterTemplateAdmin admin, OfficeService office) {
        this.admin = admin;
        this.zone = office.profile().hours().zone();
        addClassName("admin-page");
        checkResult.setId("template-check");
        checkResult.getElement().setAttribute("role", "status");
        message.setId("template-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    protected String title() {
        return getTranslation("letter.templates.title");
    }

    @Override
    protected void render(Locale locale) {
        grid.removeAllColumns();
        grid.setId("template-grid");
        // The columns a phone needs first (what, which version, what to do); the details scroll after them.
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("letter.templates.name")).setFlexGrow(2)
                .setWidth("12rem");
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("letter.templates.status")).setFlexGrow(2)
                .setWidth("12rem");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("letter.templates.actions")).setWidth("12rem")
                .setFlexGrow(0);
        // A receipt template has no classification, services, paraf or signer: it says what it is instead.
        grid.addColumn(a -> a.template().isReceipt() ? "–" : a.template().classification())
                .setHeader(getTranslation("letter.templates.classification")).setAutoWidth(true);
        grid.addColumn(a -> a.template().isReceipt() ? getTranslation("letter.templates.receipt.services")
                        : String.join(", ", a.template().services()))
                .setHeader(getTranslation("letter.templates.services")).setAutoWidth(true);
        grid.addColumn(a -> a.template().isReceipt() ? getTranslation("letter.templates.receipt.chain")
                        : a.template().paraf().stream().map(r -> getTranslation("staff.role." + r.name()))
                        .collect(Collectors.joining(" → ")) + " → " + getTranslation("staff.role." + a.template().signer().name()))
                .setHeader(getTranslation("letter.templates.chain")).setFlexGrow(2).setWidth("14rem");
        grid.setAllRowsVisible(true);
        refresh();

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
        // The portal's phone rules for uploads (no drop hint, no overflow) hang on this class.
        Div uploadBox = new Div(upload);
        uploadBox.addClassName("document-upload");
        add(new H1(getTranslation("letter.templates.title")), new AdminMenu("admin/templat-surat"),
                new Paragraph(getTranslation("letter.templates.intro")), message, grid, checkHeading,
                new Paragraph(getTranslation("letter.templates.check.text")), uploadBox, checkResult);
    }

    private void refresh() {
        grid.setItems(admin.activeTemplates());
    }

    private Component titleCell(LetterTemplates.ActiveTemplate active) {
        Div cell = new Div(new Span(active.template().title()));
        Span code = new Span(active.template().code());
        code.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        cell.add(code);
        cell.getStyle().set("white-space", "normal");
        return cell;
    }

    private Component statusCell(LetterTemplates.ActiveTemplate active) {
        LetterTemplates.Installed installed = active.installed();
        Span status;
        if (installed == null) {
            status = new Span(getTranslation("letter.templates.status.shipped"));
        } else {
            String when = IntakeFormats.dateTime(this, installed.installedAt(), zone, getLocale());
            status = new Span(getTranslation(active.customised() ? "letter.templates.status.installed"
                    : "letter.templates.status.reverted", installed.versionNo(), installed.installedByName(), when));
            if (active.customised()) {
                status.getElement().getThemeList().add("badge");
            }
        }
        status.getStyle().set("white-space", "normal");
        return status;
    }

    private Component actions(LetterTemplates.ActiveTemplate active) {
        LetterTemplate template = active.template();
        Div actions = new Div(previewLink(template), downloadLink(template.code()));
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center");
        if (active.customised()) {
            Button revert = new Button(getTranslation("letter.templates.revert"), e -> askRevert(template));
            revert.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revert.setId("template-revert-" + template.code());
            actions.add(revert);
        }
        return actions;
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

    private Anchor downloadLink(String code) {
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(code + ".txt");
            event.setContentType("text/plain; charset=UTF-8");
            event.getOutputStream().write(admin.activeText(code).getBytes(StandardCharsets.UTF_8));
        }, getTranslation("letter.templates.download"));
        download.getElement().setAttribute("download", true);
        return download;
    }

    private void askRevert(LetterTemplate template) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("letter.templates.revert.title", template.code()));
        Paragraph text = new Paragraph(getTranslation("letter.templates.revert.text"));
        TextArea note = new TextArea(getTranslation("letter.templates.note"));
        note.setId("template-revert-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        Button ok = new Button(getTranslation("letter.templates.revert"), e -> {
            act(() -> say(getTranslation("letter.templates.revert.done", template.code(),
                    admin.revert(template.code(), note.getValue())), false));
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("letter.templates.cancel"), e -> dialog.close());
        dialog.add(text, note);
        dialog.getFooter().add(cancel, ok);
        dialog.open();
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
            problem = refused(ui.getLocale(), e);
        }
        LetterTemplate ok = checked;
        String refused = problem;
        ui.access(() -> {
            checkResult.removeAll();
            if (ok != null) {
                showInstall(ok, name, text);
            } else {
                Paragraph error = new Paragraph(refused);
                error.addClassName("field-error");
                checkResult.add(error);
            }
        });
    }

    /** After a successful check: the preview, whether it replaces or adds a type, a note and "Pasang". */
    private void showInstall(LetterTemplate checked, String fileName, String text) {
        Paragraph fine = new Paragraph(getTranslation("letter.templates.check.ok", checked.code()));
        fine.addClassName("status-ok");
        boolean replaces = admin.activeTemplates().stream().anyMatch(a -> a.template().code().equals(checked.code()));
        Paragraph effect = new Paragraph(getTranslation(replaces ? "letter.templates.check.replaces"
                : "letter.templates.check.adds", checked.code()));
        TextField note = new TextField(getTranslation("letter.templates.note"));
        note.setId("template-install-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        Button install = new Button(getTranslation("letter.templates.install"));
        install.setId("template-install");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        install.addClickListener(e -> {
            install.setEnabled(false);
            try {
                int version = admin.install(fileName, text, note.getValue());
                checkResult.removeAll();
                say(getTranslation("letter.templates.install.done", checked.code(), version), false);
                refresh();
            } catch (InvalidLetterTemplateException refusedNow) {
                say(refused(getLocale(), refusedNow), true);
            } catch (RuntimeException other) {
                install.setEnabled(true);
                failed(other);
            }
        });
        checkResult.add(fine, previewLink(checked), effect, note, install);
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            failed(e);
        }
        refresh();
    }

    private void failed(RuntimeException e) {
        // Two administrators installing the same type at once: the unique version number refuses the second.
        String key = e instanceof org.springframework.dao.DuplicateKeyException ? "letter.templates.install.concurrent"
                : LetterProblems.messageKey(e);
        say(getTranslation(key), true);
    }

    private String refused(@Nullable Locale locale, InvalidLetterTemplateException e) {
        return getTranslation(locale == null ? getLocale() : locale, "letter.templates.check.refused", e.file(),
                e.line(), e.reason());
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.setClassName("field-error", problem);
        message.setClassName("status-ok", !problem);
    }
}
