package id.dinsos.portal.intake.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStateException;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.CorrectionItem;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.ui.DocumentUpload;

/**
 * The documents of one application, one block per requirement: its name, the note, whether it is
 * mandatory, the files already there (size, and a remove button for those of this round), and an
 * upload field that records each stored file through {@link ApplicationService#attach}. Several files
 * per requirement are fine (a KK in two photos). In a correction round only the requirements the
 * office returned take files, each with the office's reason; the others are shown as they stand.
 * <p>
 * Independent of who is signed in: the application's id and the service's calls decide. Ids:
 * {@code req-<code>}, {@code files-<code>}, {@code upload-<code>}, {@code reason-<code>}.
 */
public class RequirementUploads extends Div implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;
    private static final Logger log = LoggerFactory.getLogger(RequirementUploads.class);

    private final ApplicationService applications;
    private final FileStore store;
    private final UploadPolicy policy;
    private final long applicationId;
    private final Map<String, Block> blocks = new LinkedHashMap<>();
    private SerializableRunnable onChange = () -> { };
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    private int round = 1;

    public RequirementUploads(ApplicationService applications, FileStore store, UploadPolicy policy,
                              long applicationId) {
        this.applications = applications;
        this.store = store;
        this.policy = policy;
        this.applicationId = applicationId;
        addClassName("requirement-uploads");
    }

    /** A document of the applying organisation's library, offered instead of a new upload. */
    public record LibraryChoice(long id, String label) implements java.io.Serializable {
    }

    private List<LibraryChoice> library = List.of();

    /**
     * The applying organisation's library documents (empty for a person's own application): each
     * requirement that takes a file then offers them, one click instead of a new upload. Call before
     * {@link #show}.
     */
    public void setLibrary(List<LibraryChoice> library) {
        this.library = List.copyOf(library);
    }

    /** Called after each file added or removed (with the UI locked), e.g. to refresh what is missing. */
    public void setOnChange(SerializableRunnable onChange) {
        this.onChange = onChange;
    }

    /**
     * Builds the blocks for the application as it stands.
     *
     * @param requirements the requirements that take a file (of the application's variant)
     */
    public void show(ApplicationDetails details, List<Requirement> requirements) {
        removeAll();
        blocks.clear();
        status = details.status();
        round = details.round();
        boolean editable = status == ApplicationStatus.DRAFT || status == ApplicationStatus.NEEDS_REVISION;
        Map<String, String> reasons = new LinkedHashMap<>();
        for (CorrectionItem item : details.openCorrections()) {
            if (item.requirementCode() != null) {
                reasons.merge(item.requirementCode(), item.reason(), (a, b) -> a + " " + b);
            }
        }
        for (Requirement requirement : requirements) {
            boolean accepting = status == ApplicationStatus.DRAFT
                    || status == ApplicationStatus.NEEDS_REVISION && reasons.containsKey(requirement.code());
            Block block = new Block(requirement, editable && accepting, reasons.get(requirement.code()));
            block.files.addAll(details.currentDocuments(requirement.code()));
            blocks.put(requirement.code(), block);
            add(block);
        }
        if (isAttached()) {
            localize(getLocale());
        }
    }

    /** Shows the files as they now stand (another person may have added some meanwhile). */
    public void refreshFiles(ApplicationDetails details) {
        status = details.status();
        round = details.round();
        for (Block block : blocks.values()) {
            block.files.clear();
            block.files.addAll(details.currentDocuments(block.requirement.code()));
            block.renderFiles(getLocale());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize(event.getLocale());
    }

    private void localize(Locale locale) {
        blocks.values().forEach(b -> b.localize(locale));
    }

    /** One requirement: what it is, its files, and where to add one. */
    private final class Block extends Div {
        private final Requirement requirement;
        private final boolean accepting;
        private final @Nullable String reason;
        private final List<DocumentInfo> files = new ArrayList<>();
        private final H3 name = new H3();
        private final Span marker = new Span();
        private final Paragraph note = new Paragraph();
        private final Paragraph reasonLine = new Paragraph();
        private final UnorderedList list = new UnorderedList();
        private final Paragraph error = new Paragraph();
        private final Button pick = new Button();
        private final @Nullable DocumentUpload upload;

        Block(Requirement requirement, boolean accepting, @Nullable String reason) {
            this.requirement = requirement;
            this.accepting = accepting;
            this.reason = reason;
            String code = requirement.code();
            setId("req-" + code);
            addClassName("requirement-block");
            getElement().setAttribute("role", "group");
            name.setId("req-" + code + "-name");
            getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
            marker.addClassNames("badge", requirement.isMandatory() ? "badge-mandatory" : "badge-optional");
            Div title = new Div(name, marker);
            title.addClassName("requirement-title");
            note.addClassName("hint");
            reasonLine.setId("reason-" + code);
            reasonLine.addClassName("correction-reason");
            list.setId("files-" + code);
            list.addClassName("file-list");
            error.addClassName("field-error");
            error.getElement().setAttribute("role", "alert");
            add(title, note, reasonLine, list);
            if (accepting) {
                DocumentUpload documentUpload = new DocumentUpload(store, policy, this::stored);
                documentUpload.setId("upload-" + code);
                documentUpload.setAlreadyStored(() -> applications.storedBytes(applicationId));
                pick.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                documentUpload.getUpload().setUploadButton(pick);
                // The field's own list would show each file a second time once it is in ours.
                documentUpload.getUpload().addAllFinishedListener(e -> documentUpload.getUpload().clearFileList());
                upload = documentUpload;
                add(documentUpload);
                if (!library.isEmpty()) {
                    add(libraryPicker(code));
                }
            } else {
                upload = null;
            }
            add(error);
        }

        private final com.vaadin.flow.component.combobox.ComboBox<LibraryChoice> fromLibrary =
                new com.vaadin.flow.component.combobox.ComboBox<>();
        private final Button useFromLibrary = new Button();

        /** Choose one of the organisation's documents and use it: the bytes are copied into the application. */
        private Div libraryPicker(String code) {
            fromLibrary.setId("library-" + code);
            fromLibrary.setItems(library);
            fromLibrary.setItemLabelGenerator(LibraryChoice::label);
            useFromLibrary.setId("library-use-" + code);
            useFromLibrary.addClickListener(e -> useLibraryDocument());
            Div picker = new Div(fromLibrary, useFromLibrary);
            picker.addClassName("library-picker");
            return picker;
        }

        private void useLibraryDocument() {
            LibraryChoice chosen = fromLibrary.getValue();
            if (chosen == null) {
                error.setText(getTranslation("intake.library.choose"));
                fromLibrary.focus();
                return;
            }
            try {
                DocumentInfo info = applications.attachFromLibrary(applicationId, requirement.code(), chosen.id());
                error.setText("");
                files.add(info);
                fromLibrary.clear();
                renderFiles(currentLocale());
                onChange.run();
            } catch (ApplicationStateException state) {
                error.setText(getTranslation(state.messageKey()));
            } catch (id.dinsos.portal.shared.storage.UploadRejectedException tooMuch) {
                error.setText(getTranslation("intake.library.refused"));
            } catch (RecordNotFoundException | FormRejectedException gone) {
                error.setText(getTranslation("intake.library.gone"));
            }
        }

        void localize(Locale locale) {
            fromLibrary.setLabel(getTranslation("intake.library.label"));
            fromLibrary.setHelperText(getTranslation("intake.library.help"));
            useFromLibrary.setText(getTranslation("intake.library.use"));
            useFromLibrary.getElement().setAttribute("aria-label", getTranslation("intake.library.use.label",
                    requirement.name().in(locale)));
            name.setText(requirement.name().in(locale));
            marker.setText(getTranslation(requirement.isMandatory() ? "intake.requirement.mandatory"
                    : "intake.requirement.optional"));
            note.setText(requirement.note() == null ? "" : requirement.note().in(locale));
            note.setVisible(requirement.note() != null);
            boolean correcting = status == ApplicationStatus.NEEDS_REVISION;
            reasonLine.removeAll();
            reasonLine.setVisible(correcting);
            reasonLine.setClassName("correction-reason", correcting && reason != null);
            reasonLine.setClassName("hint", correcting && reason == null);
            if (correcting && reason != null) {
                Span why = new Span(getTranslation("intake.requirement.returned", reason));
                Span what = new Span(getTranslation("intake.requirement.returned.action"));
                why.addClassName("line");
                what.addClassName("line");
                reasonLine.add(why, what);
            } else if (correcting) {
                reasonLine.setText(getTranslation("intake.requirement.not-returned"));
            }
            pick.getElement().setAttribute("aria-label", getTranslation("intake.upload.choose.label",
                    requirement.name().in(locale)));
            renderFiles(locale);
        }

        /** Choose, add another, or (in a correction round, over the earlier round's files) replace. */
        private String pickKey() {
            if (files.isEmpty()) {
                return "intake.upload.choose";
            }
            boolean onlyEarlierFiles = files.stream().allMatch(d -> d.round() < round);
            return onlyEarlierFiles ? "intake.upload.choose.replacement" : "intake.upload.choose.more";
        }

        void renderFiles(Locale locale) {
            list.removeAll();
            if (files.isEmpty()) {
                ListItem none = new ListItem(getTranslation("intake.files.none"));
                none.addClassName("hint");
                list.add(none);
            }
            for (DocumentInfo file : files) {
                Span fileName = new Span(file.originalName());
                fileName.addClassName("file-name");
                Span size = new Span(IntakeFormats.fileSize(this, file.size(), locale));
                size.addClassName("fact");
                ListItem item = new ListItem(fileName, size);
                item.addClassName("file-item");
                item.getElement().setAttribute("data-document", String.valueOf(file.id()));
                if (accepting && file.round() == round) {
                    Button remove = new Button(getTranslation("intake.files.remove"), e -> remove(file));
                    remove.setId("remove-" + file.id());
                    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    remove.getElement().setAttribute("aria-label",
                            getTranslation("intake.files.remove.label", file.originalName()));
                    item.add(remove);
                }
                list.add(item);
            }
            pick.setText(getTranslation(pickKey()));
        }

        /** A file the store took: recorded for the requirement, or deleted again with the reason said. */
        private void stored(StoredFile file) {
            DocumentInfo info;
            try {
                info = applications.attach(applicationId, requirement.code(), file);
            } catch (ApplicationStateException | FormRejectedException | RecordNotFoundException refused) {
                // DocumentUpload deletes only what it knows failed; this one we refuse ourselves.
                store.delete(file.key());
                String key = refused instanceof ApplicationStateException state ? state.messageKey()
                        : "intake.upload.refused";
                log.info("Upload for application {} refused: {}", applicationId, refused.getMessage());
                error.setText(getTranslation(key));
                return;
            }
            error.setText("");
            if (status == ApplicationStatus.NEEDS_REVISION) {
                // The first new file of the round replaces the earlier rounds' files.
                files.removeIf(d -> d.round() < round);
            }
            files.add(info);
            renderFiles(currentLocale());
            onChange.run();
        }

        private void remove(DocumentInfo file) {
            try {
                applications.removeDocument(applicationId, file.id());
                error.setText("");
            } catch (ApplicationStateException state) {
                error.setText(getTranslation(state.messageKey()));
                return;
            } catch (RecordNotFoundException gone) {
                // Removed meanwhile (another tab, another member): it is gone either way.
                error.setText("");
            }
            files.removeIf(d -> d.id() == file.id());
            renderFiles(currentLocale());
            pick.focus();
            onChange.run();
        }

        private Locale currentLocale() {
            return UI.getCurrent() == null ? getLocale() : UI.getCurrent().getLocale();
        }
    }
}
