package id.dinsos.portal.casework.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.casework.CaseChangedException;
import id.dinsos.portal.casework.CaseRefusedException;
import id.dinsos.portal.casework.Handover;
import id.dinsos.portal.casework.ReportOutcome;
import id.dinsos.portal.casework.ReportOutcomeService;
import id.dinsos.portal.casework.ReportRecord;
import id.dinsos.portal.shared.ui.AdminFormats;

/**
 * The part of the case screen for report-based services (ODGJ, gelandangan, WTS, rujukan, orang
 * terlantar): what the team recorded, and for those who may record, the outcome (assessed, referred to
 * whom, returned to the family) and the berita acara serah terima as data. Shows nothing for a case
 * that is not a report.
 *
 * <pre>{@code
 * add(new ReportSection(reports, zone, caseId, this::reload));   // reload: the case screen reads the case again
 * }</pre>
 *
 * Each save takes the case's version it was built with; if the case changed since, nothing is saved,
 * the message {@code casework.error.changed} is shown and {@code onChanged} runs (as after a save).
 */
public class ReportSection extends Div implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    private final transient ReportOutcomeService reports;
    private final ZoneId zone;
    private final long caseId;
    private final SerializableRunnable onChanged;
    private @Nullable String message;

    /**
     * @param zone      the office's time zone ({@code SlaService.calendar().zone()})
     * @param onChanged called after a save, or when the case changed since: the screen reloads the case
     */
    public ReportSection(ReportOutcomeService reports, ZoneId zone, long caseId, SerializableRunnable onChanged) {
        this.reports = reports;
        this.zone = zone;
        this.caseId = caseId;
        this.onChanged = onChanged;
        addClassName("report-section");
        setId("report-section");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refresh();
    }

    /** Reads what is recorded afresh and builds the section again. */
    public void refresh() {
        removeAll();
        ReportRecord record = reports.report(caseId);
        if (!record.report()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        Locale locale = getLocale();
        Section section = new Section(new H2(getTranslation("casework.report.title")));
        section.addClassName("form-section");
        if (message != null) {
            Paragraph shown = new Paragraph(getTranslation(message));
            shown.setId("report-message");
            shown.getElement().setAttribute("role", "status");
            section.add(shown);
            message = null;
        }
        section.add(recorded(record, locale));
        if (record.mayRecord()) {
            section.add(outcomeForm(record), handoverForm(record, locale));
        }
        add(section);
    }

    private Div recorded(ReportRecord record, Locale locale) {
        Div div = new Div();
        div.setId("report-recorded");
        if (record.outcomes().isEmpty() && record.handovers().isEmpty()) {
            div.add(new Paragraph(getTranslation("casework.report.none")));
            return div;
        }
        if (!record.outcomes().isEmpty()) {
            ReportRecord.Outcome latest = record.outcomes().getLast();
            String text = getTranslation("casework.report.outcome." + latest.outcome())
                    + (latest.referredTo() == null ? "" : ": " + latest.referredTo())
                    + (latest.note() == null ? "" : " — " + latest.note());
            Paragraph outcome = new Paragraph(getTranslation("casework.report.latest", text, latest.recordedBy(),
                    AdminFormats.time(latest.recordedAt(), locale, zone)));
            outcome.setId("report-latest-outcome");
            div.add(outcome);
        }
        if (!record.handovers().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("report-handovers");
            for (ReportRecord.HandoverEntry h : record.handovers()) {
                list.add(new ListItem(getTranslation("casework.handover.entry",
                        AdminFormats.time(h.handedOverAt(), locale, zone), h.place(), h.handedBy(), h.receivedByName(),
                        h.receivedByRelation(), h.persons())));
            }
            div.add(new H3(getTranslation("casework.handover.title")), list);
        }
        return div;
    }

    private Div outcomeForm(ReportRecord record) {
        RadioButtonGroup<ReportOutcome> outcome = new RadioButtonGroup<>();
        outcome.setId("report-outcome");
        outcome.setLabel(getTranslation("casework.report.outcome"));
        outcome.setItems(ReportOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("casework.report.outcome." + o));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setRequiredIndicatorVisible(true);
        TextField referredTo = new TextField(getTranslation("casework.report.referred-to"));
        referredTo.setId("report-referred-to");
        referredTo.setMaxLength(300);
        referredTo.setWidthFull();
        referredTo.setHelperText(getTranslation("casework.report.referred-to.help"));
        referredTo.setVisible(false);
        outcome.addValueChangeListener(e -> referredTo.setVisible(e.getValue() == ReportOutcome.REFERRED));
        TextArea note = new TextArea(getTranslation("casework.report.note"));
        note.setId("report-note");
        note.setMaxLength(2000);
        note.setWidthFull();
        Paragraph error = error("report-outcome-error");
        Button save = new Button(getTranslation("casework.report.save"));
        save.setId("report-outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(error, () -> reports.recordOutcome(caseId, record.version(), outcome.getValue(),
                referredTo.getValue(), note.getValue())));
        Div form = new Div(new H3(getTranslation("casework.report.record")), outcome, referredTo, note, error, save);
        form.addClassName("report-outcome-form");
        return form;
    }

    private Div handoverForm(ReportRecord record, Locale locale) {
        DatePicker date = new DatePicker(getTranslation("casework.handover.date"));
        date.setId("handover-date");
        date.setI18n(AdminFormats.datePicker(locale, getTranslation("admin.date.today"),
                getTranslation("admin.cancel")));
        date.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("casework.handover.time"));
        time.setId("handover-time");
        time.setLocale(locale);
        time.setRequiredIndicatorVisible(true);
        TextField place = field("handover-place", "casework.handover.place", 300, true);
        ComboBox<StaffHolder> officer = new ComboBox<>(getTranslation("casework.handover.officer"));
        officer.setId("handover-officer");
        officer.setItems(reports.officers(caseId));
        officer.setItemLabelGenerator(StaffHolder::fullName);
        officer.setRequiredIndicatorVisible(true);
        officer.setWidthFull();
        TextField receiver = field("handover-receiver", "casework.handover.receiver", 200, true);
        TextField relation = field("handover-relation", "casework.handover.relation", 200, true);
        relation.setHelperText(getTranslation("casework.handover.relation.help"));
        TextField phone = field("handover-phone", "casework.handover.phone", 32, false);
        phone.setAllowedCharPattern("[0-9 +\\-]");
        TextArea persons = new TextArea(getTranslation("casework.handover.persons"));
        persons.setId("handover-persons");
        persons.setMaxLength(2000);
        persons.setWidthFull();
        persons.setRequiredIndicatorVisible(true);
        persons.setHelperText(getTranslation("casework.handover.persons.help"));
        TextArea notes = new TextArea(getTranslation("casework.handover.notes"));
        notes.setId("handover-notes");
        notes.setMaxLength(2000);
        notes.setWidthFull();
        Paragraph error = error("handover-error");
        Button save = new Button(getTranslation("casework.handover.save"));
        save.setId("handover-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> act(error, () -> {
            LocalDateTime when = date.getValue() == null || time.getValue() == null ? null
                    : date.getValue().atTime(time.getValue());
            StaffHolder handedBy = officer.getValue();
            reports.recordHandover(caseId, record.version(), new Handover(when, place.getValue(),
                    handedBy == null ? -1 : handedBy.accountId(), receiver.getValue(), relation.getValue(),
                    phone.getValue(), persons.getValue(), notes.getValue()));
        }));
        Div form = new Div(new H3(getTranslation("casework.handover.title")), date, time, place, officer, receiver,
                relation, phone, persons, notes, error, save);
        form.addClassName("handover-form");
        return form;
    }

    private void act(Paragraph error, Runnable action) {
        try {
            action.run();
            message = "casework.report.saved";
            refresh();
            onChanged.run();
        } catch (CaseRefusedException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.args()));
        } catch (CaseChangedException changed) {
            message = "casework.error.changed";
            refresh();
            onChanged.run();
        }
    }

    private TextField field(String id, String labelKey, int max, boolean required) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(max);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(required);
        return field;
    }

    private static Paragraph error(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        return error;
    }
}
