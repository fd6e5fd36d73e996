package id.dinsos.portal.organisation.ui;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import id.dinsos.portal.organisation.DocumentKind;
import id.dinsos.portal.organisation.OrganisationDocumentService;
import id.dinsos.portal.organisation.OrganisationDocumentSummary;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.DocumentUpload;

/**
 * The organisation's document library on its page: the documents with a download link each, a remove
 * button for those the person may remove (with an "are you sure?"), and the form to add one (kind,
 * optional title, the file). The fields and the upload are kept between renderings, so a language
 * switch or a change elsewhere on the page loses nothing typed; the list is rebuilt from the service
 * after every change.
 */
class OrganisationDocumentsSection extends Section implements LocaleChangeObserver {

    private final OrganisationDocumentService documents;
    private final long organisationId;
    private final ZoneId zone;
    private final RadioButtonGroup<DocumentKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final DocumentUpload upload;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();
    private final Paragraph uploadCaption = new Paragraph();
    /** The document whose removal waits for a second click, if any. */
    private @Nullable Long confirmingRemoval;

    OrganisationDocumentsSection(OrganisationDocumentService documents, FileStore store, UploadPolicy policy,
                                 ZoneId zone, long organisationId) {
        this.documents = documents;
        this.organisationId = organisationId;
        this.zone = zone;
        setId("org-documents");
        addClassName("form-section");
        kind.setId("org-doc-kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setRequiredIndicatorVisible(true);
        kind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        title.setId("org-doc-title");
        title.setMaxLength(OrganisationDocumentService.TITLE_MAX);
        title.getStyle().set("width", "100%").set("max-width", "36rem");
        upload = new DocumentUpload(store, policy, this::stored);
        upload.setId("org-doc-upload");
        // A document needs its kind: the file picker appears once it is chosen (the kind's hint says so).
        // Hidden rather than disabled: a disabled upload still shows its texts, too faint to read.
        upload.setVisible(false);
        uploadCaption.setVisible(false);
        kind.addValueChangeListener(e -> {
            upload.setVisible(e.getValue() != null);
            uploadCaption.setVisible(e.getValue() != null);
        });
        uploadCaption.setId("org-doc-upload-caption");
        uploadCaption.getStyle().set("font-weight", "600").set("margin-bottom", "0");
        status.setId("org-doc-status");
        status.getElement().setAttribute("role", "status");
        list.setId("org-doc-list-holder");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void render(Locale locale) {
        removeAll();
        status.setText("");
        kind.setLabel(getTranslation("organisation.document.field.kind"));
        kind.setHelperText(getTranslation("organisation.document.field.kind.help"));
        // Labels are computed when items are rendered: render them again in the new language.
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        title.setLabel(getTranslation("organisation.document.field.title"));
        title.setHelperText(getTranslation("organisation.document.field.title.help"));
        uploadCaption.setText(getTranslation("organisation.document.field.file"));
        Div form = new Div(kind, title, uploadCaption, upload);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        add(new H2(getTranslation("organisation.document.title")),
                new Paragraph(getTranslation("organisation.document.intro")), status, list,
                new H3(getTranslation("organisation.document.add.title")), form);
        renderList(locale);
    }

    private void renderList(Locale locale) {
        list.removeAll();
        List<OrganisationDocumentSummary> all;
        try {
            all = documents.documents(organisationId);
        } catch (RecordNotFoundException noLongerAMember) {
            // Removed from the organisation meanwhile: the page is no longer theirs to see.
            getUI().ifPresent(ui -> ui.navigate(OrganisationsView.class));
            return;
        }
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organisation.document.none"));
            none.setId("org-doc-none");
            list.add(none);
            return;
        }
        UnorderedList items = new UnorderedList();
        items.setId("org-doc-list");
        items.addClassName("checklist");
        for (OrganisationDocumentSummary document : all) {
            items.add(item(document, locale));
        }
        list.add(items);
    }

    private ListItem item(OrganisationDocumentSummary document, Locale locale) {
        String prefix = "org-doc-" + document.id();
        ListItem item = new ListItem();
        item.setId(prefix);
        Span heading = new Span(document.title() == null ? getTranslation(document.kind().messageKey())
                : getTranslation("organisation.document.line.titled", getTranslation(document.kind().messageKey()),
                        document.title()));
        heading.getStyle().set("font-weight", "600").set("overflow-wrap", "anywhere");
        Span file = new Span(getTranslation("organisation.document.line.file", document.originalName(),
                size(document.sizeBytes(), locale)));
        file.getStyle().set("overflow-wrap", "anywhere");
        Span uploaded = new Span(getTranslation("organisation.document.line.uploaded", document.uploadedByName(),
                AdminFormats.time(document.uploadedAt(), locale, zone)));
        uploaded.addClassName("fact");
        item.add(heading, file, uploaded);

        Div actions = new Div();
        actions.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem")
                .set("align-items", "center");
        if (confirmingRemoval != null && confirmingRemoval == document.id()) {
            Paragraph question = new Paragraph(getTranslation("organisation.document.remove.confirm",
                    document.originalName()));
            question.getStyle().set("overflow-wrap", "anywhere").set("margin", "0.25rem 0");
            Button yes = new Button(getTranslation("organisation.document.remove.yes"), e -> remove(document));
            yes.setId(prefix + "-remove-confirm");
            yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
            Button no = new Button(getTranslation("organisation.document.remove.no"), e -> {
                confirmingRemoval = null;
                renderList(getLocale());
            });
            no.setId(prefix + "-remove-cancel");
            actions.add(question, yes, no);
            item.add(actions);
            return item;
        }
        // A plain link to the download endpoint, outside Vaadin's router: the browser saves the file.
        Anchor download = new Anchor("organisasi/" + organisationId + "/dokumen/" + document.id(),
                getTranslation("organisation.document.download"));
        download.setId(prefix + "-download");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.getElement().setAttribute("aria-label",
                getTranslation("organisation.document.download.label", document.originalName()));
        actions.add(download);
        if (document.removable()) {
            Button remove = new Button(getTranslation("organisation.document.remove"), e -> {
                confirmingRemoval = document.id();
                renderList(getLocale());
            });
            remove.setId(prefix + "-remove");
            remove.getElement().setAttribute("aria-label",
                    getTranslation("organisation.document.remove.label", document.originalName()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(remove);
        }
        item.add(actions);
        return item;
    }

    /** Called by the upload, with the UI locked, for each file stored; throwing makes it delete the file. */
    private void stored(StoredFile file) {
        DocumentKind chosen = kind.getValue();
        if (chosen == null) {
            // The upload is hidden without a kind; a file that arrives anyway is refused (and deleted).
            throw new IllegalStateException("No kind chosen");
        }
        OrganisationDocumentSummary added = documents.add(organisationId, chosen, title.getValue(), file);
        confirmingRemoval = null;
        renderList(getLocale());
        say("organisation.document.added", getTranslation(added.kind().messageKey()), added.originalName());
    }

    private void remove(OrganisationDocumentSummary document) {
        confirmingRemoval = null;
        try {
            documents.remove(organisationId, document.id());
            say("organisation.document.removed", document.originalName());
        } catch (RecordNotFoundException | AccessDeniedException gone) {
            // Removed by someone else meanwhile, or the person's role changed: show what is there now.
            say("organisation.document.gone");
        }
        renderList(getLocale());
    }

    private void say(String key, Object... args) {
        status.setText(getTranslation(key, args));
    }

    /** {@code 12 KB}, {@code 1,5 MB}: rounded up to whole kilobytes below a megabyte. */
    private String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return getTranslation("organisation.document.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return getTranslation("organisation.document.size.mb", format.format(bytes / (1024.0 * 1024.0)));
    }
}
