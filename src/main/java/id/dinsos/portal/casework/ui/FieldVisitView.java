package id.dinsos.portal.casework.ui;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import id.dinsos.portal.casework.CaseChangedException;
import id.dinsos.portal.casework.CaseDetails;
import id.dinsos.portal.casework.CaseRefusedException;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.casework.FieldVisitService;
import id.dinsos.portal.casework.PhotoDownload;
import id.dinsos.portal.casework.VisitFinding;
import id.dinsos.portal.casework.VisitInfo;
import id.dinsos.portal.casework.VisitStatus;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.StoredFile;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.storage.UploadRejectedException;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.DocumentUpload;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import id.dinsos.portal.sla.SlaService;
import jakarta.annotation.security.RolesAllowed;

/**
 * The officer's field-visit screen, built for a phone (360 px): the case's visits, and for a visit the
 * officer (or a supervisor) may record, the finding, a short report and photos taken on the spot.
 * Photos open through the service, which checks the person's access to the case and audits it.
 * Someone who may not see the case gets "not found", as for a missing id.
 */
@Route(value = "kasus/:id/kunjungan", layout = PublicLayout.class)
@RolesAllowed({"VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE"})
public class FieldVisitView extends PublicPage implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient FieldVisitService visits;
    private final transient CaseworkService casework;
    private final transient FileStore store;
    private final transient UploadPolicy uploadPolicy;
    private final ZoneId zone;

    private long caseId;
    private @Nullable CaseDetails details;
    private List<VisitInfo> list = List.of();
    /** A message shown at the top after an action (key), e.g. saved or changed by someone else. */
    private @Nullable String pageMessage;

    public FieldVisitView(FieldVisitService visits, CaseworkService casework, FileStore store,
                          UploadPolicy uploadPolicy, SlaService sla) {
        this.visits = visits;
        this.casework = casework;
        this.store = store;
        this.uploadPolicy = uploadPolicy;
        this.zone = sla.calendar().zone();
        addClassName("field-visits");
        setMaxWidth("40rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            pageMessage = null;
            load();
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            details = null;
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (isAttached()) {
            rerender();
        }
    }

    private void load() {
        details = casework.details(caseId);
        list = visits.visits(caseId);
    }

    private void rerender() {
        removeAll();
        render(getLocale());
    }

    @Override
    protected String title() {
        return getTranslation("casework.visit.title");
    }

    @Override
    protected void render(Locale locale) {
        CaseDetails shown = details;
        if (shown == null) {
            return;
        }
        add(new H1(getTranslation("casework.visit.title")));
        Paragraph about = new Paragraph(getTranslation("casework.visit.case", shown.trackingNumber()));
        about.setId("visit-case");
        Anchor back = new Anchor("kasus/" + caseId, getTranslation("casework.visit.back"));
        back.setId("visit-back");
        add(about, back);
        if (pageMessage != null) {
            Paragraph message = new Paragraph(getTranslation(pageMessage));
            message.setId("visit-message");
            message.getElement().setAttribute("role", "status");
            add(message);
        }
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("casework.visit.none"));
            none.setId("visit-none");
            add(none);
            return;
        }
        for (VisitInfo visit : list) {
            add(visitSection(visit, locale));
        }
    }

    private Section visitSection(VisitInfo visit, Locale locale) {
        Section section = new Section();
        section.addClassName("form-section");
        section.setId("visit-" + visit.id());
        section.add(new H2(AdminFormats.time(visit.scheduledFor(), locale, zone)));
        section.add(line("casework.visit.purpose", visit.purpose()));
        section.add(line("casework.visit.officer", visit.officerName()));
        section.add(line("casework.visit.status", getTranslation("casework.visit.status." + visit.status())));
        if (visit.status() == VisitStatus.DONE) {
            VisitFinding finding = visit.finding();
            section.add(line("casework.visit.finding", finding == null ? "-"
                    : getTranslation("casework.visit.finding." + finding)));
            section.add(line("casework.visit.report", visit.report() == null ? "-" : visit.report()));
            section.add(line("casework.visit.recorded-at", AdminFormats.time(visit.recordedAt(), locale, zone)));
            if (!visit.photos().isEmpty()) {
                UnorderedList photos = new UnorderedList();
                for (VisitInfo.Photo photo : visit.photos()) {
                    photos.add(new ListItem(photoLink(photo)));
                }
                section.add(new H3(getTranslation("casework.visit.photos")), photos);
            }
        } else if (visit.status() == VisitStatus.CANCELLED && visit.report() != null) {
            section.add(line("casework.visit.cancel-reason", visit.report()));
        }
        if (visit.mayRecord()) {
            section.add(recordForm(visit));
        }
        return section;
    }

    private Anchor photoLink(VisitInfo.Photo photo) {
        long photoId = photo.id();
        Anchor link = new Anchor((DownloadHandler) event -> {
            PhotoDownload download = visits.photo(photoId);
            try (InputStream content = download.content()) {
                event.setFileName(download.fileName());
                event.setContentType(download.mediaType());
                event.setContentLength(download.size());
                content.transferTo(event.getOutputStream());
            }
        }, photo.originalName());
        link.setId("visit-photo-" + photoId);
        link.setTarget("_blank");
        return link;
    }

    private Div recordForm(VisitInfo visit) {
        RadioButtonGroup<VisitFinding> finding = new RadioButtonGroup<>();
        finding.setId("visit-finding-" + visit.id());
        finding.setLabel(getTranslation("casework.visit.finding"));
        finding.setItems(VisitFinding.values());
        finding.setItemLabelGenerator(f -> getTranslation("casework.visit.finding." + f));
        finding.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        finding.setRequiredIndicatorVisible(true);

        TextArea report = new TextArea(getTranslation("casework.visit.report"));
        report.setId("visit-report-" + visit.id());
        report.setMaxLength(4000);
        report.setWidthFull();
        report.setMinHeight("8rem");
        report.setRequiredIndicatorVisible(true);
        report.setHelperText(getTranslation("casework.visit.report.help"));

        List<StoredFile> photos = new ArrayList<>();
        UnorderedList added = new UnorderedList();
        added.setId("visit-photos-added-" + visit.id());
        DocumentUpload upload = new DocumentUpload(store, uploadPolicy, file -> {
            if (!file.type().isImage()) {
                // A PDF is no photo: the component deletes it again and says why.
                throw new UploadRejectedException(UploadRejectedException.Reason.WRONG_TYPE);
            }
            photos.add(file);
            added.add(new ListItem(file.originalName()));
        });
        upload.setId("visit-upload-" + visit.id());
        upload.getUpload().setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.getUpload().setMaxFiles(FieldVisitService.MAX_PHOTOS);
        Span uploadLabel = new Span(getTranslation("casework.visit.photos.label"));
        uploadLabel.setId("visit-upload-label-" + visit.id());
        uploadLabel.addClassName("field-label");
        upload.getUpload().getElement().setAttribute("aria-labelledby", uploadLabel.getId().orElseThrow());

        Paragraph error = new Paragraph();
        error.setId("visit-error-" + visit.id());
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");

        Button save = new Button(getTranslation("casework.visit.save"));
        save.setId("visit-save-" + visit.id());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        save.addClickListener(e -> {
            try {
                visits.record(visit.id(), visit.version(), finding.getValue(), report.getValue(), photos);
                pageMessage = "casework.visit.saved";
                load();
                rerender();
            } catch (CaseRefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.args()));
            } catch (CaseChangedException changed) {
                pageMessage = "casework.error.changed";
                load();
                rerender();
            }
        });

        Div form = new Div(new H3(getTranslation("casework.visit.record")), finding, report, uploadLabel, upload,
                added, error, save);
        form.addClassName("visit-record");
        return form;
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("label");
        return new Paragraph(label, new Span(value));
    }
}
