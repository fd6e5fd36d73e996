package id.dinsos.portal.sla.ui;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import id.dinsos.portal.sla.Holiday;
import id.dinsos.portal.sla.HolidayRejectedException;
import id.dinsos.portal.sla.HolidayType;
import id.dinsos.portal.sla.Holidays;
import jakarta.annotation.security.RolesAllowed;

/**
 * The office's holidays for administrators: the holidays of a year, adding one (next year's list, a
 * cuti bersama decreed later), amending one (a decree moved it) and deleting one (the office works that
 * day after all). {@link Holidays} checks the administrator role again and audits every change; an edit
 * on stale data is refused.
 */
@Route(value = "admin/hari-libur", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class HolidayAdminView extends PublicPage {

    private final transient Holidays holidays;

    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<Holiday> grid = new Grid<>(Holiday.class, false);
    private final DatePicker date = new DatePicker();
    private final TextField name = new TextField();
    private final RadioButtonGroup<HolidayType> type = new RadioButtonGroup<>();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button clear = new Button();
    private final Paragraph message = new Paragraph();
    private @Nullable Holiday selected;

    public HolidayAdminView(Holidays holidays) {
        this.holidays = holidays;
        addClassName("admin-page");
        int now = Year.now().getValue();
        year.setId("holiday-year");
        year.setItems(IntStream.rangeClosed(now - 2, now + 3).boxed().toList());
        year.setValue(now);
        year.addValueChangeListener(e -> reload());
        grid.setId("holiday-grid");
        grid.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));
        date.setId("holiday-date");
        date.setRequiredIndicatorVisible(true);
        name.setId("holiday-name");
        name.setMaxLength(255);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        type.setId("holiday-type");
        type.setItems(HolidayType.values());
        type.setValue(HolidayType.LIBUR_NASIONAL);
        add.setId("holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> act(() -> holidays.add(date.getValue(), name.getValue(), type.getValue()),
                "admin.holiday.added"));
        save.setId("holiday-save");
        save.addClickListener(e -> {
            Holiday current = selected;
            if (current != null) {
                act(() -> holidays.amend(current.id(), current.version(), date.getValue(), name.getValue(),
                        type.getValue()), "admin.holiday.amended");
            }
        });
        delete.setId("holiday-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            Holiday current = selected;
            if (current != null) {
                act(() -> holidays.delete(current.id(), current.version()), "admin.holiday.deleted");
            }
        });
        clear.setId("holiday-clear");
        clear.addClickListener(e -> grid.deselectAll());
        message.setId("holiday-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    protected String title() {
        return getTranslation("admin.holiday.title");
    }

    @Override
    protected void render(Locale locale) {
        year.setLabel(getTranslation("admin.holiday.year"));
        grid.removeAllColumns();
        grid.addColumn(h -> AdminFormats.date(h.date(), locale)).setHeader(getTranslation("admin.holiday.date"))
                .setAutoWidth(true);
        grid.addColumn(Holiday::name).setHeader(getTranslation("admin.holiday.name")).setFlexGrow(2);
        grid.addColumn(h -> getTranslation(h.type().messageKey())).setHeader(getTranslation("admin.holiday.type"))
                .setAutoWidth(true);
        grid.addColumn(h -> getTranslation("admin.holiday.source." + h.source())).setHeader(
                getTranslation("admin.holiday.source")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin.holiday.none"));
        date.setLabel(getTranslation("admin.holiday.date"));
        date.setI18n(AdminFormats.datePicker(locale, getTranslation("admin.date.today"), getTranslation("admin.cancel")));
        name.setLabel(getTranslation("admin.holiday.name"));
        type.setLabel(getTranslation("admin.holiday.type"));
        type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
        add.setText(getTranslation("admin.holiday.add"));
        save.setText(getTranslation("admin.holiday.save"));
        delete.setText(getTranslation("admin.holiday.delete"));
        clear.setText(getTranslation("admin.holiday.clear"));
        select(selected);
        reload();
        Div buttons = new Div(add, save, delete, clear);
        buttons.addClassName("page-links");
        Section form = new Section(new H2(getTranslation("admin.holiday.form")), date, name, type, buttons);
        form.addClassName("form-section");
        add(new H1(getTranslation("admin.holiday.title")), new AdminMenu("admin/hari-libur"),
                new Paragraph(getTranslation("admin.holiday.intro")), message, year, grid, form);
    }

    private void reload() {
        Integer shown = year.getValue();
        int y = shown == null ? Year.now().getValue() : shown;
        List<Holiday> list = holidays.between(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        grid.setItems(list);
    }

    private void select(@Nullable Holiday holiday) {
        selected = holiday;
        save.setEnabled(holiday != null);
        delete.setEnabled(holiday != null);
        clear.setEnabled(holiday != null);
        add.setEnabled(holiday == null);
        if (holiday != null) {
            date.setValue(holiday.date());
            name.setValue(holiday.name());
            type.setValue(holiday.type());
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            if (date.getValue() == null) {
                message.setText(getTranslation("admin.holiday.error.date"));
                return;
            }
            action.run();
            message.setText(getTranslation(doneKey));
            grid.deselectAll();
            date.clear();
            name.clear();
            type.setValue(HolidayType.LIBUR_NASIONAL);
        } catch (HolidayRejectedException e) {
            message.setText(getTranslation(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException | RecordNotFoundException e) {
            message.setText(getTranslation("admin.holiday.error.changed"));
            grid.deselectAll();
        }
        reload();
    }
}
