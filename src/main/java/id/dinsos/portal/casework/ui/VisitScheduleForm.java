package id.dinsos.portal.casework.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

import id.dinsos.portal.account.AccountDirectory.StaffHolder;
import id.dinsos.portal.casework.CaseChangedException;
import id.dinsos.portal.casework.CaseRefusedException;
import id.dinsos.portal.casework.FieldVisitService;
import id.dinsos.portal.shared.ui.AdminFormats;

/**
 * For the case screen: schedule a field visit and assign it to an officer of the unit, with a link to
 * the officer's visit screen ({@code kasus/:id/kunjungan}). Show it to the unit's verifiers, team leads
 * and heads while the case is under way; the service checks again.
 *
 * <pre>{@code
 * add(new VisitScheduleForm(visits, caseId, () -> details.version(), this::reload));
 * }</pre>
 */
public class VisitScheduleForm extends Div {

    private static final long serialVersionUID = 1L;

    /**
     * @param caseVersion the case's version as the screen shows it ({@code CaseDetails.version()})
     * @param onChanged   called after scheduling, or when the case changed since: the screen reloads the case
     */
    public VisitScheduleForm(FieldVisitService visits, long caseId, SerializableSupplier<Integer> caseVersion,
                             SerializableRunnable onChanged) {
        addClassName("visit-schedule-form");
        setId("visit-schedule");
        Locale locale = getLocale();
        ComboBox<StaffHolder> officer = new ComboBox<>(getTranslation("casework.visit.officer"));
        officer.setId("visit-schedule-officer");
        officer.setItems(visits.officers(caseId));
        officer.setItemLabelGenerator(StaffHolder::fullName);
        officer.setRequiredIndicatorVisible(true);
        officer.setWidthFull();
        DatePicker date = new DatePicker(getTranslation("casework.visit.schedule.date"));
        date.setId("visit-schedule-date");
        date.setI18n(AdminFormats.datePicker(locale, getTranslation("admin.date.today"), getTranslation("admin.cancel")));
        date.setRequiredIndicatorVisible(true);
        TimePicker time = new TimePicker(getTranslation("casework.visit.schedule.time"));
        time.setId("visit-schedule-time");
        time.setLocale(locale);
        time.setRequiredIndicatorVisible(true);
        TextArea purpose = new TextArea(getTranslation("casework.visit.purpose"));
        purpose.setId("visit-schedule-purpose");
        purpose.setMaxLength(1000);
        purpose.setWidthFull();
        purpose.setRequiredIndicatorVisible(true);
        Paragraph error = new Paragraph();
        error.setId("visit-schedule-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        Button schedule = new Button(getTranslation("casework.visit.schedule.save"));
        schedule.setId("visit-schedule-save");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.addClickListener(e -> {
            StaffHolder chosen = officer.getValue();
            try {
                visits.schedule(caseId, caseVersion.get(), chosen == null ? -1 : chosen.accountId(),
                        date.getValue() == null || time.getValue() == null ? null : date.getValue().atTime(time.getValue()),
                        purpose.getValue());
                error.setText("");
                officer.clear();
                date.clear();
                time.clear();
                purpose.clear();
                onChanged.run();
            } catch (CaseRefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.args()));
            } catch (CaseChangedException changed) {
                error.setText(getTranslation("casework.error.changed"));
                onChanged.run();
            }
        });
        Anchor open = new Anchor("kasus/" + caseId + "/kunjungan", getTranslation("casework.visit.open"));
        open.setId("visit-open");
        add(new H3(getTranslation("casework.visit.schedule")), officer, date, time, purpose, error, schedule,
                new Paragraph(open));
    }
}
