package id.dinsos.portal.intake.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationIncompleteException;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStateException;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.CorrectionItem;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.intake.IssuedLetters;
import id.dinsos.portal.intake.Review;
import id.dinsos.portal.intake.TimelineEntry;
import id.dinsos.portal.intake.TimelineType;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.organisation.OrganisationSummary;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.storage.FileStore;
import id.dinsos.portal.shared.storage.UploadPolicy;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.PermitAll;

/**
 * One of the citizen's applications. While it is a draft, or returned for correction, it is the form:
 * the answers (with Save), the documents per requirement, what is still missing, the declaration and
 * Submit; a correction round opens only what the office returned, each with its reason. Once
 * submitted it is a summary: answers, documents, the history with the correction rounds, the receipt,
 * and withdrawal with a reason. Someone else's application, or an unknown id, is "not found".
 */
@Route(value = "permohonan/:id", layout = PublicLayout.class)
// Signed-in people: the applicant, an organisation's members, and the clerk or social worker who
// entered it at the counter; ApplicationService decides per application ("not found" for anyone else).
@PermitAll
public class ApplicationView extends PublicPage implements BeforeEnterObserver {

    static final String ID = "id";

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final OfficeService office;
    private final OrganisationService organisations;
    private final Regions regions;
    private final FileStore store;
    private final UploadPolicy policy;
    private final ObjectProvider<IssuedLetters> issuedLetters;

    private long applicationId;
    private @Nullable ApplicationDetails details;
    private @Nullable ServiceDefinition service;
    /** The version the person's answers are based on; a save against another one is a conflict. */
    private int seenVersion;
    private @Nullable Review review;
    private @Nullable AnswerFields answers;
    private @Nullable RequirementUploads uploads;
    private final id.dinsos.portal.organisation.OrganisationDocumentService libraryDocuments;
    private boolean justSubmitted;
    private @Nullable String pageMessage;

    private final Paragraph saveStatus = new Paragraph();
    private final Div conflict = new Div();
    private final Div reviewPanel = new Div();
    private final Checkbox declaration = new Checkbox();
    private final Paragraph submitError = new Paragraph();

    public ApplicationView(ApplicationService applications, CatalogueService catalogue, OfficeService office,
                           OrganisationService organisations, Regions regions, FileStore store, UploadPolicy policy,
                           id.dinsos.portal.organisation.OrganisationDocumentService libraryDocuments,
                           ObjectProvider<IssuedLetters> issuedLetters) {
        this.libraryDocuments = libraryDocuments;
        this.issuedLetters = issuedLetters;
        this.applications = applications;
        this.catalogue = catalogue;
        this.office = office;
        this.organisations = organisations;
        this.regions = regions;
        this.store = store;
        this.policy = policy;
        addClassName("application");
        saveStatus.setId("app-save-status");
        saveStatus.getElement().setAttribute("role", "status");
        conflict.setId("app-conflict");
        conflict.addClassName("notice-warning");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        reviewPanel.setId("app-review");
        reviewPanel.addClassName("review-panel");
        declaration.setId("app-declaration");
        submitError.setId("app-submit-error");
        submitError.addClassName("field-error");
        submitError.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            applicationId = Long.parseLong(event.getRouteParameters().get(ID).orElse(""));
            justSubmitted = false;
            pageMessage = null;
            load();
        } catch (NumberFormatException | RecordNotFoundException notFound) {
            // Someone else's application answers exactly like one that does not exist.
            details = null;
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (isAttached()) {
            rerender();
        }
    }

    /** Reads the application afresh and builds the parts of the form that keep their state. */
    private void load() {
        ApplicationDetails loaded = applications.details(applicationId);
        ServiceDefinition definition = catalogue.service(loaded.serviceCode())
                .orElseThrow(() -> new RecordNotFoundException("Service"));
        details = loaded;
        service = definition;
        seenVersion = loaded.version();
        conflict.setVisible(false);
        saveStatus.setText("");
        submitError.setText("");
        declaration.setValue(false);
        if (editable(loaded)) {
            AnswerFields fields = new AnswerFields(definition.fieldsFor(loaded.variant()), regions, "answer");
            fields.setValues(loaded.answers());
            Set<String> returned = returnedFields(loaded);
            if (loaded.status() == ApplicationStatus.NEEDS_REVISION) {
                fields.setEditable(returned::contains);
            }
            answers = fields;
            RequirementUploads documents = new RequirementUploads(applications, store, policy, applicationId);
            if (loaded.organisationId() != null) {
                documents.setLibrary(libraryDocuments.documents(loaded.organisationId()).stream()
                        .map(d -> new RequirementUploads.LibraryChoice(d.id(), getTranslation(d.kind().messageKey())
                                + " — " + (d.title() == null ? d.originalName() : d.title())))
                        .toList());
            }
            documents.show(loaded, IntakeFormats.documentRequirements(definition, loaded.variant()));
            documents.setOnChange(this::documentsChanged);
            uploads = documents;
            review = applications.review(applicationId);
        } else {
            answers = null;
            uploads = null;
            review = null;
        }
    }

    private static boolean editable(ApplicationDetails application) {
        return application.status() == ApplicationStatus.DRAFT || application.status() == ApplicationStatus.NEEDS_REVISION;
    }

    private static Set<String> returnedFields(ApplicationDetails application) {
        return application.openCorrections().stream().map(CorrectionItem::fieldCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    protected String title() {
        if (service == null || details == null) {
            return getTranslation("intake.application.title");
        }
        String name = service.name().in(getLocale());
        return details.trackingNumber() == null ? name : name + " (" + details.trackingNumber() + ")";
    }

    private void rerender() {
        removeAll();
        render(getLocale());
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    protected void render(Locale locale) {
        ApplicationDetails app = details;
        ServiceDefinition s = service;
        if (app == null || s == null) {
            return;
        }
        Anchor mine = new Anchor("permohonan", getTranslation("intake.mine.title"));
        Nav crumbs = new Nav(mine);
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
        add(crumbs, new H1(s.name().in(locale)));
        if (app.variant() != null) {
            s.variants().stream().filter(v -> v.code().equals(app.variant())).findFirst()
                    .ifPresent(v -> add(new Paragraph(v.name().in(locale))));
        }
        if (justSubmitted && app.trackingNumber() != null) {
            add(submitted(app));
        }
        add(facts(app, locale));
        if (app.status() == ApplicationStatus.LETTER_ISSUED || app.status() == ApplicationStatus.COMPLETED) {
            issuedLetters.ifAvailable(source -> letters(source.issuedFor(app.id()), locale));
        }
        if (pageMessage != null) {
            Paragraph message = new Paragraph(pageMessage);
            message.setId("app-message");
            message.addClassName("notice");
            message.getElement().setAttribute("role", "status");
            add(message);
        }
        if (editable(app)) {
            renderEditable(app, s, locale);
        } else {
            renderSummary(app, s, locale);
        }
        if (app.status() != ApplicationStatus.DRAFT) {
            add(history(app, s, locale));
        }
        Div actions = new Div();
        actions.addClassName("page-links");
        if (app.status().withdrawable()) {
            Button withdraw = new Button(getTranslation("intake.withdraw.open"), e -> confirmWithdraw());
            withdraw.setId("app-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        actions.add(new Anchor("permohonan", getTranslation("intake.application.back")));
        add(actions);
    }

    // ------------------------------------------------------------------ the facts at the top

    private Component facts(ApplicationDetails app, Locale locale) {
        Div facts = new Div();
        facts.addClassName("glance");
        facts.setId("app-facts");
        facts.add(fact("app-status", getTranslation("intake.application.status"),
                IntakeFormats.status(this, app.status())));
        facts.add(fact("app-tracking", getTranslation("intake.application.number"),
                app.trackingNumber() == null ? getTranslation("intake.application.number.none") : app.trackingNumber()));
        facts.add(fact("app-for", getTranslation("intake.application.for"), forWhom(app)));
        ZoneId zone = zone();
        facts.add(fact("app-dates", app.submittedAt() == null ? getTranslation("intake.application.created")
                        : getTranslation("intake.application.submitted"),
                IntakeFormats.date(app.submittedAt() == null ? app.createdAt() : app.submittedAt(), zone, locale)));
        if (app.trackingNumber() != null) {
            // Built by the receipt endpoint; an anchor outside the router, downloaded as a file.
            Anchor receipt = new Anchor("permohonan/" + app.id() + "/tanda-terima.pdf",
                    getTranslation("intake.application.receipt"));
            receipt.setId("app-receipt");
            receipt.getElement().setAttribute("router-ignore", true);
            receipt.getElement().setAttribute("download", true);
            Div item = new Div(receipt);
            item.addClassName("glance-item");
            facts.add(item);
        }
        return facts;
    }

    /** The letters the office issued: what the applicant came for, so right under the facts. */
    private void letters(List<IssuedLetters.IssuedLetter> letters, Locale locale) {
        if (letters.isEmpty()) {
            return;
        }
        Section section = new Section();
        section.setId("app-letters");
        section.addClassName("submitted-box");
        section.add(new H2(getTranslation("intake.application.letters")));
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist");
        for (IssuedLetters.IssuedLetter letter : letters) {
            Paragraph what = new Paragraph(getTranslation("intake.application.letter", letter.title(), letter.number(),
                    IntakeFormats.longDate(letter.issuedOn(), locale)));
            Span status = new Span(getTranslation(letter.valid() ? "intake.application.letter.valid"
                    : "intake.application.letter.revoked"));
            status.addClassName(letter.valid() ? "badge" : "field-error");
            // Outside the router: the download is a file, the verification page is the public one.
            Anchor download = new Anchor(letter.downloadPath(), getTranslation("intake.application.letter.download"));
            download.getElement().setAttribute("router-ignore", true);
            download.getElement().setAttribute("download", true);
            download.addClassName("app-letter-download");
            Anchor verify = new Anchor(letter.verificationPath(), getTranslation("intake.application.letter.verify"));
            verify.addClassName("app-letter-verify");
            Div links = new Div(download, verify);
            links.addClassName("form-buttons");
            list.add(new ListItem(what, status, links));
        }
        section.add(list);
        add(section);
    }

    private Component fact(String id, String label, String value) {
        Span term = new Span(label);
        term.addClassName("glance-label");
        Span text = new Span(value);
        text.addClassName("glance-value");
        text.setId(id);
        Div item = new Div(term, text);
        item.addClassName("glance-item");
        return item;
    }

    private String forWhom(ApplicationDetails app) {
        if (app.organisationId() != null) {
            return organisations.myOrganisations().stream().filter(o -> o.id() == app.organisationId())
                    .map(OrganisationSummary::name).findFirst()
                    .orElse(getTranslation("intake.application.for.organisation"));
        }
        if (app.beneficiary() != null && app.beneficiary().name() != null) {
            String relation = app.beneficiary().relation();
            return relation == null ? app.beneficiary().name()
                    : getTranslation("intake.application.for.family", app.beneficiary().name(),
                            getTranslation("intake.relation." + relation));
        }
        return Objects.requireNonNullElse(app.applicant().name(), "");
    }

    private Component submitted(ApplicationDetails app) {
        Section box = new Section();
        box.setId("app-submitted");
        box.addClassName("submitted-box");
        box.getElement().setAttribute("role", "status");
        Paragraph number = new Paragraph(app.trackingNumber());
        number.addClassName("tracking-number");
        number.setId("app-submitted-number");
        H2 heading = new H2(getTranslation(app.round() > 1 ? "intake.submitted.again.title" : "intake.submitted.title"));
        heading.setId("app-submitted-title");
        // The person's focus was on the Submit button, which is gone: it moves to the news.
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");
        box.add(heading,
                new Paragraph(getTranslation("intake.submitted.number")), number,
                new Paragraph(getTranslation(app.applicant().email() == null ? "intake.submitted.keep"
                        : "intake.submitted.mail")));
        return box;
    }

    // ------------------------------------------------------------------ the form

    private void renderEditable(ApplicationDetails app, ServiceDefinition s, Locale locale) {
        boolean correcting = app.status() == ApplicationStatus.NEEDS_REVISION;
        if (correcting) {
            add(openCorrections(app, s, locale));
        }
        AnswerFields fields = answers;
        boolean anyEditable = !correcting || !returnedFields(app).isEmpty();
        if (!anyEditable) {
            // No answer was returned: they are shown as submitted, not as a form that takes no input.
            if (!s.fieldsFor(app.variant()).isEmpty()) {
                add(answerSummary(app, s, locale));
            }
        } else if (fields != null && !fields.fields().isEmpty()) {
            Section form = section("app-form", getTranslation("intake.form.title"));
            form.add(new Paragraph(getTranslation(correcting ? "intake.form.intro.correction" : "intake.form.intro")),
                    fields);
            Paragraph conflictText = new Paragraph(getTranslation("intake.form.conflict"));
            Button reload = new Button(getTranslation("intake.form.reload"), e -> reloadAfterConflict());
            reload.setId("app-reload");
            conflict.removeAll();
            conflict.add(conflictText, reload);
            Button save = new Button(getTranslation("intake.form.save"), e -> save(true));
            save.setId("app-save");
            Div buttons = new Div(save);
            buttons.addClassName("form-buttons");
            form.add(conflict, buttons, saveStatus);
            add(form);
        }
        RequirementUploads documents = uploads;
        if (documents != null && !IntakeFormats.documentRequirements(s, app.variant()).isEmpty()) {
            Section files = section("app-documents", getTranslation("intake.documents.title"));
            files.add(new Paragraph(getTranslation(correcting ? "intake.documents.intro.correction"
                    : "intake.documents.intro")), documents);
            add(files);
        }
        Section submit = section("app-check", getTranslation(correcting ? "intake.check.title.correction"
                : "intake.check.title"));
        renderReview(locale);
        declaration.setLabel(getTranslation("intake.declaration"));
        Button send = new Button(getTranslation(correcting ? "intake.resubmit" : "intake.submit"), e -> submit());
        send.setId("app-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div column = new Div(reviewPanel, declaration, submitError, send);
        column.addClassName("form-column");
        submit.add(column);
        add(submit);
    }

    private Component openCorrections(ApplicationDetails app, ServiceDefinition s, Locale locale) {
        Section panel = section("app-corrections-open", getTranslation("intake.correction.title"));
        panel.addClassName("correction-panel");
        UnorderedList items = new UnorderedList();
        items.setId("app-corrections-items");
        for (CorrectionItem item : app.openCorrections()) {
            items.add(new ListItem(getTranslation("intake.correction.item", itemName(item, s, app.variant(), locale),
                    item.reason())));
        }
        panel.add(new Paragraph(getTranslation("intake.correction.intro")), items);
        return panel;
    }

    private String itemName(CorrectionItem item, ServiceDefinition s, @Nullable String variant, Locale locale) {
        if (item.requirementCode() != null) {
            return requirementName(s, variant, item.requirementCode(), locale);
        }
        String code = Objects.requireNonNull(item.fieldCode());
        return s.fieldsFor(variant).stream().filter(f -> f.code().equals(code)).findFirst()
                .map(f -> f.label().in(locale)).orElse(code);
    }

    private static String requirementName(ServiceDefinition s, @Nullable String variant, String code, Locale locale) {
        return s.requirementsFor(variant).stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> r.name().in(locale)).orElse(code);
    }

    /** What still stands between the application and its submission, in words, not codes. */
    private void renderReview(Locale locale) {
        reviewPanel.removeAll();
        Review r = review;
        ApplicationDetails app = details;
        ServiceDefinition s = service;
        if (r == null || app == null || s == null) {
            return;
        }
        H3 heading = new H3(getTranslation("intake.review.title"));
        heading.setId("app-review-title");
        heading.getElement().setAttribute("tabindex", "-1");
        reviewPanel.add(heading);
        if (r.complete()) {
            Paragraph complete = new Paragraph(getTranslation("intake.review.complete"));
            complete.setId("app-review-complete");
            complete.addClassName("review-complete");
            reviewPanel.add(complete);
            return;
        }
        reviewPanel.add(new Paragraph(getTranslation("intake.review.missing")));
        UnorderedList list = new UnorderedList();
        list.setId("app-review-missing");
        for (String code : r.missingRequirements()) {
            list.add(new ListItem(getTranslation("intake.review.document", requirementName(s, app.variant(), code, locale))));
        }
        for (String code : r.missingFields()) {
            String label = "variant".equals(code) ? getTranslation("intake.apply.variant")
                    : s.fieldsFor(app.variant()).stream().filter(f -> f.code().equals(code)).findFirst()
                            .map(f -> f.label().in(locale)).orElse(code);
            list.add(new ListItem(getTranslation("intake.review.field", label)));
        }
        for (String code : r.missingPeople()) {
            list.add(new ListItem(getTranslation("intake.review." + code)));
        }
        reviewPanel.add(list);
    }

    private void documentsChanged() {
        try {
            ApplicationDetails fresh = applications.details(applicationId);
            // Our own change counts once; anything more was someone else's, and a save must say so.
            if (fresh.version() == seenVersion + 1) {
                seenVersion = fresh.version();
            }
            details = fresh;
            review = applications.review(applicationId);
            renderReview(getLocale());
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
        }
    }

    private boolean save(boolean announce) {
        AnswerFields fields = answers;
        ApplicationDetails app = details;
        if (fields == null || app == null) {
            return true;
        }
        saveStatus.setText("");
        List<FieldProblem> unreadable = fields.inputProblems();
        if (!unreadable.isEmpty()) {
            fields.showProblems(unreadable);
            saveStatus.setText(getTranslation("intake.form.problems", unreadable.size()));
            return false;
        }
        try {
            ApplicationDetails saved = applications.saveAnswers(applicationId, app.variant(), fields.values(),
                    seenVersion);
            details = saved;
            seenVersion = saved.version();
            fields.setValues(saved.answers());
            review = applications.review(applicationId);
            renderReview(getLocale());
            if (announce) {
                saveStatus.setText(getTranslation("intake.form.saved"));
            }
            return true;
        } catch (FormRejectedException rejected) {
            List<FieldProblem> others = fields.showProblems(rejected.problems());
            saveStatus.setText(others.isEmpty() ? getTranslation("intake.form.problems", rejected.problems().size())
                    : getTranslation(others.getFirst().messageKey(), others.getFirst().args()));
            return false;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            conflict.setVisible(true);
            conflict.getChildren().filter(c -> c instanceof Button).findFirst()
                    .ifPresent(c -> ((Button) c).focus());
            return false;
        } catch (ApplicationStateException noLongerEditable) {
            showAfresh(getTranslation(noLongerEditable.messageKey()));
            return false;
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
            return false;
        }
    }

    /** Someone else saved meanwhile: show what is stored now; the person fills in again from there. */
    private void reloadAfterConflict() {
        showAfresh(getTranslation("intake.form.reloaded"));
    }

    private void showAfresh(@Nullable String message) {
        try {
            load();
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
            return;
        }
        pageMessage = message;
        rerender();
    }

    private void submit() {
        ApplicationDetails app = details;
        if (app == null) {
            return;
        }
        submitError.setText("");
        AnswerFields fields = answers;
        boolean answersOpen = app.status() == ApplicationStatus.DRAFT || !returnedFields(app).isEmpty();
        if (fields != null && answersOpen && fields.hasChanges() && !save(false)) {
            submitError.setText(getTranslation("intake.submit.fix-form"));
            return;
        }
        try {
            if (app.status() == ApplicationStatus.DRAFT) {
                applications.submit(applicationId, declaration.getValue());
            } else {
                applications.resubmit(applicationId, declaration.getValue());
            }
        } catch (ApplicationIncompleteException incomplete) {
            review = incomplete.review();
            renderReview(getLocale());
            submitError.setText(getTranslation("intake.submit.incomplete"));
            reviewPanel.getChildren().findFirst().ifPresent(h -> h.getElement().callJsFunction("focus"));
            return;
        } catch (ApplicationStateException refused) {
            if ("intake.error.declaration-required".equals(refused.messageKey())) {
                submitError.setText(getTranslation(refused.messageKey()));
                declaration.focus();
            } else {
                showAfresh(getTranslation(refused.messageKey()));
            }
            return;
        } catch (RecordNotFoundException gone) {
            getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
            return;
        }
        justSubmitted = true;
        showAfresh(null);
    }

    // ------------------------------------------------------------------ the summary of a submitted application

    private void renderSummary(ApplicationDetails app, ServiceDefinition s, Locale locale) {
        if (!s.fieldsFor(app.variant()).isEmpty()) {
            add(answerSummary(app, s, locale));
        }
        List<Requirement> requirements = IntakeFormats.documentRequirements(s, app.variant());
        if (!requirements.isEmpty()) {
            Section section = section("app-documents", getTranslation("intake.documents.title"));
            Div all = new Div();
            all.setId("app-files");
            for (Requirement requirement : requirements) {
                all.add(documents(app, requirement, locale));
            }
            section.add(all);
            add(section);
        }
    }

    /** The answers as submitted: each question's label and the answer in words. */
    private Component answerSummary(ApplicationDetails app, ServiceDefinition s, Locale locale) {
        Section section = section("app-answers-section", getTranslation("intake.form.title"));
        DescriptionList list = new DescriptionList();
        list.setId("app-answers");
        list.addClassName("answer-list");
        for (FormField field : s.fieldsFor(app.variant())) {
            list.add(new DescriptionList.Term(field.label().in(locale)),
                    new DescriptionList.Description(AnswerFields.displayValue(field, app.answers().get(field.code()),
                            locale, regions, this)));
        }
        section.add(list);
        return section;
    }

    private Component documents(ApplicationDetails app, Requirement requirement, Locale locale) {
        Div block = new Div();
        block.addClassName("requirement-block");
        block.add(new H3(requirement.name().in(locale)));
        UnorderedList list = new UnorderedList();
        list.addClassName("file-list");
        list.setId("files-" + requirement.code());
        List<DocumentInfo> files = app.documents().stream()
                .filter(d -> d.requirementCode().equals(requirement.code())).toList();
        if (files.isEmpty()) {
            ListItem none = new ListItem(getTranslation("intake.files.none"));
            none.addClassName("hint");
            list.add(none);
        }
        for (DocumentInfo file : files) {
            // Served by the document endpoint; downloaded as a file, outside the router.
            Anchor link = new Anchor("permohonan/" + app.id() + "/berkas/" + file.id(), file.originalName());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.addClassName("file-name");
            Span size = new Span(IntakeFormats.fileSize(this, file.size(), locale));
            size.addClassName("fact");
            ListItem item = new ListItem(link, size);
            item.addClassName("file-item");
            if (!file.current()) {
                Span replaced = new Span(getTranslation("intake.files.replaced"));
                replaced.addClassName("badge");
                item.add(replaced);
                item.addClassName("file-replaced");
            }
            list.add(item);
        }
        block.add(list);
        return block;
    }

    private Component history(ApplicationDetails app, ServiceDefinition s, Locale locale) {
        Section section = section("app-history", getTranslation("intake.history.title"));
        if (!app.corrections().isEmpty()) {
            section.add(new H3(getTranslation("intake.history.rounds")));
            UnorderedList rounds = new UnorderedList();
            rounds.setId("app-rounds");
            rounds.addClassName("rounds");
            for (ApplicationDetails.CorrectionRound round : app.corrections()) {
                UnorderedList items = new UnorderedList();
                for (CorrectionItem item : round.items()) {
                    items.add(new ListItem(getTranslation("intake.correction.item",
                            itemName(item, s, app.variant(), locale), item.reason())));
                }
                // Round 2 is the first correction: the first submission is round 1.
                rounds.add(new ListItem(new Span(getTranslation("intake.history.round", round.round() - 1)), items));
            }
            section.add(rounds);
        }
        section.add(new H3(getTranslation("intake.history.steps")));
        section.add(timeline(this, app.timeline(), zone(), locale, true));
        return section;
    }

    /** The steps, oldest first, each with its time in the office's zone. */
    static OrderedList timeline(Component translator, List<TimelineEntry> steps, ZoneId zone, Locale locale,
                                boolean withNotes) {
        OrderedList list = new OrderedList();
        list.setId("app-timeline");
        list.addClassName("timeline");
        for (TimelineEntry step : steps) {
            Span when = new Span(IntakeFormats.dateTime(translator, step.at(), zone, locale));
            when.addClassName("timeline-time");
            Span what = new Span(IntakeFormats.step(translator, step));
            what.addClassName("timeline-step");
            ListItem item = new ListItem(what, when);
            item.getElement().setAttribute("data-type", step.type().name());
            if (withNotes && step.note() != null && step.type() == TimelineType.WITHDRAWN) {
                Span note = new Span(translator.getTranslation("intake.history.reason", step.note()));
                note.addClassName("fact");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    // ------------------------------------------------------------------ withdrawal

    private void confirmWithdraw() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("intake.withdraw.title"));
        dialog.setMaxWidth("36rem");
        TextArea reason = new TextArea(getTranslation("intake.withdraw.reason"));
        reason.setId("withdraw-reason");
        reason.setManualValidation(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(1000);
        reason.setHelperText(getTranslation("intake.withdraw.reason.help"));
        reason.setWidthFull();
        dialog.add(new Paragraph(getTranslation("intake.withdraw.text")), reason);
        Button no = new Button(getTranslation("intake.withdraw.no"), e -> dialog.close());
        no.setId("withdraw-cancel");
        Button yes = new Button(getTranslation("intake.withdraw.yes"), e -> withdraw(dialog, reason));
        yes.setId("withdraw-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(no, yes);
        dialog.open();
        reason.focus();
    }

    private void withdraw(Dialog dialog, TextArea reason) {
        reason.setInvalid(false);
        try {
            applications.withdraw(applicationId, reason.getValue());
        } catch (FormRejectedException rejected) {
            FieldProblem problem = rejected.problems().getFirst();
            reason.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            reason.setInvalid(true);
            reason.focus();
            return;
        } catch (ApplicationStateException refused) {
            reason.setErrorMessage(getTranslation(refused.messageKey()));
            reason.setInvalid(true);
            return;
        } catch (RecordNotFoundException gone) {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate(MyApplicationsView.class));
            return;
        }
        dialog.close();
        showAfresh(getTranslation("intake.withdraw.done"));
    }

    // ------------------------------------------------------------------ helpers

    private Section section(String id, String title) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("form-section");
        H2 heading = new H2(title);
        heading.setId(id + "-title");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        section.add(heading);
        return section;
    }

    private ZoneId zone() {
        return office.profile().hours().zone();
    }
}
