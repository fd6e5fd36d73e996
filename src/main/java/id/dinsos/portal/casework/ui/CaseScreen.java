package id.dinsos.portal.casework.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.casework.CaseChangedException;
import id.dinsos.portal.casework.CaseDetails;
import id.dinsos.portal.casework.CaseHistoryEntry;
import id.dinsos.portal.casework.CaseRefusedException;
import id.dinsos.portal.casework.CaseworkService;
import id.dinsos.portal.casework.FieldVisitService;
import id.dinsos.portal.casework.ReportOutcomeService;
import id.dinsos.portal.casework.VisitInfo;
import id.dinsos.portal.intake.ApplicationKind;
import id.dinsos.portal.casework.CommonReason;
import id.dinsos.portal.casework.Verdict;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationDetails;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.DocumentInfo;
import id.dinsos.portal.intake.ui.AnswerFields;
import id.dinsos.portal.intake.ui.IntakeFormats;
import id.dinsos.portal.letter.LetterService;
import id.dinsos.portal.letter.ui.CaseLettersSection;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case for the back office: the clock, who holds it, the applicant and the answers, every
 * document with an inline preview and the verifier's finding, disposisi, outside parties, the
 * decision and the history. Every action goes through {@link CaseworkService}, which checks who may
 * do it and refuses a save over someone else's change (the screen then offers to reload).
 */
@Route(value = "kasus/:id", layout = PublicLayout.class)
@RolesAllowed({"FRONT_OFFICE", "VERIFIER", "TEAM_LEAD", "HEAD_OF_DIVISION", "SECRETARY", "HEAD_OF_OFFICE"})
public class CaseScreen extends PublicPage implements BeforeEnterObserver {

    static final String ID = "id";
    /** From the approval on, the case's letters are drafted, initialled and signed. */
    private static final Set<ApplicationStatus> LETTER_STAGES = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.LETTER_ISSUED, ApplicationStatus.COMPLETED);

    private final CaseworkService casework;
    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final OfficeService office;
    private final Regions regions;
    private final FieldVisitService visits;
    private final ReportOutcomeService reports;
    private final LetterService letters;
    private final Div message = new Div();
    private long caseId;
    private @Nullable CaseDetails current;

    public CaseScreen(CaseworkService casework, ApplicationService applications, CatalogueService catalogue,
                      OfficeService office, Regions regions, FieldVisitService visits,
                      ReportOutcomeService reports, LetterService letters) {
        this.letters = letters;
        this.visits = visits;
        this.reports = reports;
        this.casework = casework;
        this.applications = applications;
        this.catalogue = catalogue;
        this.office = office;
        this.regions = regions;
        addClassName("case-screen");
        message.setId("case-message");
        message.getElement().setAttribute("role", "status");
        message.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            caseId = Long.parseLong(id);
            current = casework.details(caseId);
        } catch (NumberFormatException | RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String title() {
        CaseDetails c = current;
        return c == null ? getTranslation("casework.case.title")
                : getTranslation("casework.case.title") + " " + c.trackingNumber();
    }

    @Override
    protected void render(Locale locale) {
        CaseDetails c = current;
        if (c == null) {
            return;
        }
        ServiceDefinition service = catalogue.service(c.serviceCode()).orElseThrow();
        ApplicationDetails app = applications.details(c.id());
        H1 title = new H1(c.trackingNumber() + " · " + service.name().in(locale));
        title.setId("case-title");
        add(title, message, clock(c, locale), holder(c), applicant(app, service, locale),
                documents(c, app, service, locale), actions(c), visits(c, locale));
        if (c.kind() == ApplicationKind.REPORT) {
            Section report = section("case-report", getTranslation("casework.case.report"));
            report.add(new ReportSection(reports, office.profile().hours().zone(), c.id(), this::reload));
            add(report);
        }
        if (LETTER_STAGES.contains(c.status())) {
            add(new CaseLettersSection(letters, c.id()));
        }
        add(history(c, locale));
    }

    // ---------------------------------------------------------------- sections

    private Component clock(CaseDetails c, Locale locale) {
        Section section = section("case-clock", getTranslation("casework.case.clock"));
        DescriptionList list = new DescriptionList();
        list.addClassName("answer-list");
        fact(list, "case-status", getTranslation("casework.case.status"),
                getTranslation("intake.status." + c.status().name()));
        fact(list, "case-sla-state", getTranslation("casework.case.sla-state"), c.state() == null
                ? getTranslation("casework.case.closed") : getTranslation(c.state().messageKey())
                + (c.paused() ? " · " + getTranslation("casework.case.paused") : ""));
        fact(list, "case-submitted", getTranslation("casework.case.submitted"), dateTime(c.submittedAt(), locale));
        if (c.targetAt() != null && !c.targetAt().equals(c.dueAt())) {
            fact(list, "case-target", getTranslation("casework.case.target"), dateTime(c.targetAt(), locale));
        }
        fact(list, "case-due", getTranslation("casework.case.due"), dateTime(c.dueAt(), locale));
        if (c.completedAt() == null) {
            fact(list, "case-remaining", getTranslation("casework.case.remaining"), remaining(c.remainingMinutes()));
        } else {
            fact(list, "case-completed", getTranslation("casework.case.completed"), dateTime(c.completedAt(), locale));
        }
        section.add(list);
        return section;
    }

    private Component holder(CaseDetails c) {
        Section section = section("case-holder-section", getTranslation("casework.case.holder"));
        Paragraph who = new Paragraph(c.holderName() != null ? c.holderName()
                : getTranslation("casework.case.queue", getTranslation("staff.role." + c.holderRole().name())));
        who.setId("case-holder");
        section.add(who);
        if (c.instruction() != null) {
            Paragraph instruction = new Paragraph(getTranslation("casework.case.instruction", c.instruction()));
            instruction.setId("case-instruction");
            section.add(instruction);
        }
        return section;
    }

    private Component applicant(ApplicationDetails app, ServiceDefinition service, Locale locale) {
        Section section = section("case-applicant", getTranslation("casework.case.applicant"));
        DescriptionList people = new DescriptionList();
        people.addClassName("answer-list");
        fact(people, "case-applicant-name", getTranslation("casework.case.applicant.name"), text(app.applicant().name()));
        fact(people, "case-applicant-nik", getTranslation("casework.case.applicant.nik"), text(app.applicant().nik()));
        fact(people, "case-applicant-phone", getTranslation("casework.case.applicant.phone"), text(app.applicant().phone()));
        fact(people, "case-applicant-email", getTranslation("casework.case.applicant.email"), text(app.applicant().email()));
        if (app.beneficiary() != null) {
            fact(people, "case-beneficiary", getTranslation("casework.case.beneficiary"),
                    text(app.beneficiary().name()) + (app.beneficiary().nik() == null ? "" : " · " + app.beneficiary().nik()));
        }
        section.add(people);
        List<FormField> fields = service.fieldsFor(app.variant());
        if (!fields.isEmpty()) {
            DescriptionList answers = new DescriptionList();
            answers.setId("case-answers");
            answers.addClassName("answer-list");
            for (FormField field : fields) {
                answers.add(new DescriptionList.Term(field.label().in(locale)), new DescriptionList.Description(
                        AnswerFields.displayValue(field, app.answers().get(field.code()), locale, regions, this)));
            }
            section.add(new H3(getTranslation("intake.form.title")), answers);
        }
        return section;
    }

    private Component documents(CaseDetails c, ApplicationDetails app, ServiceDefinition service, Locale locale) {
        Section section = section("case-documents", getTranslation("casework.case.documents"));
        for (Requirement requirement : service.requirementsFor(app.variant())) {
            if (!requirement.isDocument()) {
                continue;
            }
            String code = requirement.code();
            Div block = new Div();
            block.addClassName("requirement-block");
            block.setId("req-" + code);
            block.add(new H3(requirement.name().in(locale)));
            UnorderedList files = new UnorderedList();
            files.addClassName("file-list");
            List<DocumentInfo> current = app.documents().stream()
                    .filter(d -> d.requirementCode().equals(code) && d.current()).toList();
            if (current.isEmpty()) {
                ListItem none = new ListItem(getTranslation("intake.files.none"));
                none.addClassName("hint");
                files.add(none);
            }
            for (DocumentInfo file : current) {
                String url = "permohonan/" + app.id() + "/berkas/" + file.id();
                Anchor link = new Anchor(url, file.originalName());
                link.getElement().setAttribute("router-ignore", true);
                link.getElement().setAttribute("download", true);
                Button preview = new Button(getTranslation("casework.case.preview"), e -> preview(file, url));
                preview.setId("preview-" + file.id());
                preview.getElement().setAttribute("aria-label",
                        getTranslation("casework.case.preview.label", file.originalName()));
                preview.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                ListItem item = new ListItem(link, preview);
                item.addClassName("file-item");
                files.add(item);
            }
            block.add(files);
            c.checks().stream().filter(k -> k.requirementCode().equals(code)).findFirst().ifPresent(k -> {
                Paragraph finding = new Paragraph(getTranslation("casework.verdict." + k.verdict().name())
                        + (k.reasonCode() == null ? "" : ": " + getTranslation("casework.reason." + k.reasonCode()))
                        + (k.reasonText() == null ? "" : " (" + k.reasonText() + ")"));
                finding.setId("finding-" + code);
                finding.addClassNames("badge", k.verdict() == Verdict.WANTING ? "status-needs_revision" : "status-approved");
                block.add(finding);
            });
            if (c.allowed().verify()) {
                block.add(checkForm(c, code));
            }
            section.add(block);
        }
        return section;
    }

    private Component checkForm(CaseDetails c, String code) {
        Div form = new Div();
        form.addClassName("check-form");
        RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>(getTranslation("casework.check.verdict"));
        verdict.setId("verdict-" + code);
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> getTranslation("casework.verdict." + v.name()));
        ComboBox<CommonReason> reason = new ComboBox<>(getTranslation("casework.check.reason"));
        reason.setId("reason-" + code);
        reason.setItems(CommonReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("casework.reason." + r.name()));
        reason.setVisible(false);
        TextField note = new TextField(getTranslation("casework.check.note"));
        note.setId("note-" + code);
        note.setMaxLength(1000);
        note.setVisible(false);
        verdict.addValueChangeListener(e -> {
            boolean wanting = e.getValue() == Verdict.WANTING;
            reason.setVisible(wanting);
            note.setVisible(wanting);
        });
        Button save = new Button(getTranslation("casework.check.save"), e -> {
            if (verdict.getValue() == null) {
                verdict.setInvalid(true);
                verdict.setErrorMessage(getTranslation("casework.check.verdict-required"));
                return;
            }
            act(() -> casework.check(c.id(), c.version(), code, verdict.getValue(), reason.getValue(), note.getValue()),
                    "casework.check.saved");
        });
        save.setId("check-save-" + code);
        form.add(verdict, reason, note, save);
        return form;
    }

    private Component actions(CaseDetails c) {
        Section section = section("case-actions", getTranslation("casework.case.actions"));
        CaseDetails.Allowed allowed = c.allowed();
        if (allowed.route() || allowed.reassign()) {
            List<StaffHolder> targets = casework.routingTargets(c.id());
            if (allowed.route()) {
                section.add(assignForm(c, targets, "route", (to, text) -> casework.route(c.id(), c.version(), to, text)));
            }
            if (allowed.reassign()) {
                section.add(assignForm(c, targets, "reassign", (to, text) -> casework.reassign(c.id(), c.version(), to, text)));
            }
        }
        if (allowed.verify() && c.checks().stream().anyMatch(k -> k.verdict() == Verdict.WANTING)) {
            Button back = new Button(getTranslation("casework.return.button"),
                    e -> act(() -> casework.returnWanting(c.id(), c.version()), "casework.return.done"));
            back.setId("return-wanting");
            Paragraph hint = new Paragraph(getTranslation("casework.return.hint"));
            hint.addClassName("hint");
            section.add(new H3(getTranslation("casework.return.title")), hint, back);
        }
        if (allowed.awaitOutside()) {
            section.add(outsideForm(c));
        }
        if (allowed.decide()) {
            section.add(decisionForm(c));
        }
        if (section.getChildren().count() == 1) {
            Paragraph none = new Paragraph(getTranslation("casework.case.no-actions"));
            none.setId("case-no-actions");
            none.addClassName("hint");
            section.add(none);
        }
        return section;
    }

    private interface Assign {
        void to(long accountId, String text);
    }

    private Component assignForm(CaseDetails c, List<StaffHolder> targets, String kind, Assign assign) {
        Div form = new Div();
        form.addClassName("action-form");
        form.setId(kind + "-form");
        ComboBox<StaffHolder> to = new ComboBox<>(getTranslation("casework." + kind + ".to"));
        to.setId(kind + "-to");
        to.setItems(targets);
        to.setItemLabelGenerator(h -> h.fullName() + " · " + h.roles().stream()
                .map(r -> getTranslation("staff.role." + r.name())).sorted().reduce((a, b) -> a + ", " + b).orElse(""));
        TextArea text = new TextArea(getTranslation("casework." + kind + ".text"));
        text.setId(kind + "-text");
        text.setMaxLength(1000);
        Button send = new Button(getTranslation("casework." + kind + ".button"), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("casework.assign.to-required"));
                return;
            }
            act(() -> assign.to(to.getValue().accountId(), text.getValue()), "casework." + kind + ".done");
        });
        send.setId(kind + "-submit");
        form.add(new H3(getTranslation("casework." + kind + ".title")), to, text, send);
        return form;
    }

    private Component outsideForm(CaseDetails c) {
        Div form = new Div();
        form.addClassName("action-form");
        form.setId("outside-form");
        boolean waiting = c.outside().stream().anyMatch(o -> o.receivedAt() == null);
        form.add(new H3(getTranslation("casework.outside.title")));
        for (CaseDetails.Outside o : c.outside()) {
            form.add(new Paragraph(o.party() + ": " + o.awaited() + (o.documentNumber() == null ? ""
                    : " · " + o.documentNumber() + (o.documentDate() == null ? "" : " (" + o.documentDate() + ")"))));
        }
        if (waiting) {
            TextField number = new TextField(getTranslation("casework.outside.number"));
            number.setId("outside-number");
            DatePicker date = new DatePicker(getTranslation("casework.outside.date"));
            date.setId("outside-date");
            TextField note = new TextField(getTranslation("casework.outside.note"));
            note.setId("outside-note");
            Button received = new Button(getTranslation("casework.outside.received"), e -> act(() -> casework
                    .outsideReceived(c.id(), c.version(), number.getValue(), date.getValue(), note.getValue()),
                    "casework.outside.received-done"));
            received.setId("outside-received");
            form.add(number, date, note, received);
        } else if (c.paused()) {
            form.add(new Paragraph(getTranslation("casework.case.paused")));
        } else {
            TextField party = new TextField(getTranslation("casework.outside.party"));
            party.setId("outside-party");
            TextField awaited = new TextField(getTranslation("casework.outside.awaited"));
            awaited.setId("outside-awaited");
            Button wait = new Button(getTranslation("casework.outside.wait"), e -> act(() -> casework
                    .awaitOutside(c.id(), c.version(), party.getValue(), awaited.getValue()), "casework.outside.wait-done"));
            wait.setId("outside-wait");
            form.add(party, awaited, wait);
        }
        return form;
    }

    private Component decisionForm(CaseDetails c) {
        Div form = new Div();
        form.addClassName("action-form");
        form.setId("decision-form");
        TextArea reasons = new TextArea(getTranslation("casework.decision.reasons"));
        reasons.setId("decision-reasons");
        reasons.setHelperText(getTranslation("casework.decision.reasons.help"));
        reasons.setMaxLength(1000);
        Button approve = new Button(getTranslation("casework.decision.approve"),
                e -> act(() -> casework.decide(c.id(), c.version(), true, reasons.getValue()), "casework.decision.approved"));
        approve.setId("decide-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("casework.decision.reject"),
                e -> act(() -> casework.decide(c.id(), c.version(), false, reasons.getValue()), "casework.decision.rejected"));
        reject.setId("decide-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(new H3(getTranslation("casework.decision.title")), reasons, new Div(approve, reject));
        return form;
    }

    private Component history(CaseDetails c, Locale locale) {
        Section section = section("case-history", getTranslation("casework.case.history"));
        OrderedList list = new OrderedList();
        list.setId("case-history-list");
        list.addClassName("timeline");
        for (CaseHistoryEntry entry : c.history()) {
            StringBuilder line = new StringBuilder(dateTime(entry.at(), locale)).append(" · ")
                    .append(getTranslation("casework.action." + entry.action().name()));
            if (entry.actor() != null) {
                line.append(" · ").append(entry.actor());
            }
            if (entry.target() != null) {
                line.append(" → ").append(entry.target());
            }
            if (entry.note() != null) {
                line.append(" · ").append(entry.note());
            }
            list.add(new ListItem(line.toString()));
        }
        section.add(list);
        return section;
    }

    private Component visits(CaseDetails c, Locale locale) {
        Section section = section("case-visits", getTranslation("casework.case.visits"));
        List<VisitInfo> list = visits.visits(c.id());
        UnorderedList items = new UnorderedList();
        items.setId("case-visit-list");
        for (VisitInfo visit : list) {
            items.add(new ListItem(dateTime(visit.scheduledFor(), locale) + " · " + visit.officerName() + " · "
                    + visit.purpose() + " · " + getTranslation("casework.visit.status." + visit.status().name())));
        }
        if (list.isEmpty()) {
            ListItem none = new ListItem(getTranslation("casework.case.visits.none"));
            none.addClassName("hint");
            items.add(none);
        }
        section.add(items);
        if (c.allowed().verify()) {
            section.add(new VisitScheduleForm(visits, c.id(), c::version, this::reload));
        } else {
            RouterLink open = new RouterLink(getTranslation("casework.case.visits.open"), FieldVisitView.class,
                    new RouteParameters(FieldVisitView.ID, String.valueOf(c.id())));
            open.setId("visit-open");
            section.add(new Paragraph(open));
        }
        return section;
    }

    private void reload() {
        current = casework.details(caseId);
        rerender();
    }

    // ---------------------------------------------------------------- acting

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            current = casework.details(caseId);
            rerender();
            say(getTranslation(doneKey), false);
        } catch (CaseChangedException changed) {
            conflict();
        } catch (CaseRefusedException refused) {
            say(getTranslation(refused.messageKey(), refused.args()), true);
        } catch (AccessDeniedException | RecordNotFoundException denied) {
            say(getTranslation("casework.error.not-allowed"), true);
        }
    }

    private void rerender() {
        removeAll();
        render(getLocale());
    }

    private void conflict() {
        message.removeAll();
        message.setClassName("error-message");
        Paragraph text = new Paragraph(getTranslation("casework.error.changed"));
        Button reload = new Button(getTranslation("casework.case.reload"), e -> {
            current = casework.details(caseId);
            rerender();
        });
        reload.setId("case-reload");
        message.add(text, reload);
        message.getElement().scrollIntoView();
    }

    private void say(String text, boolean error) {
        message.removeAll();
        message.setClassName(error ? "error-message" : "success-message");
        message.add(new Paragraph(text));
        message.getElement().scrollIntoView();
    }

    private void preview(DocumentInfo file, String url) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(file.originalName());
        dialog.setWidth("min(95vw, 60rem)");
        String inline = url + "?inline=1";
        if ("application/pdf".equals(file.mediaType())) {
            IFrame frame = new IFrame(inline);
            frame.setTitle(file.originalName());
            frame.setWidth("100%");
            frame.setHeight("70vh");
            frame.setId("preview-frame");
            dialog.add(frame);
        } else {
            Image image = new Image(inline, file.originalName());
            image.setId("preview-image");
            image.setMaxWidth("100%");
            dialog.add(image);
        }
        Button close = new Button(getTranslation("casework.case.preview.close"), e -> dialog.close());
        close.setId("preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    // ---------------------------------------------------------------- helpers

    private Section section(String id, String title) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("card");
        section.add(new H2(title));
        return section;
    }

    private static void fact(DescriptionList list, String id, String label, String value) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(label), description);
    }

    private String dateTime(Instant at, Locale locale) {
        return IntakeFormats.dateTime(this, at, office.profile().hours().zone(), locale);
    }

    private String remaining(long minutes) {
        Duration d = Duration.ofMinutes(Math.abs(minutes));
        String amount = getTranslation("casework.case.duration", d.toHours(), d.toMinutesPart());
        return minutes < 0 ? getTranslation("casework.case.overdue-by", amount) : amount;
    }

    private String text(@Nullable String value) {
        return Objects.requireNonNullElse(value, "-");
    }
}
