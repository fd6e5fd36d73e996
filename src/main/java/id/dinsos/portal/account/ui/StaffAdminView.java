package id.dinsos.portal.account.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.account.DeputyForm;
import id.dinsos.portal.account.Deputising;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.StaffForm;
import id.dinsos.portal.account.StaffMember;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The administrator's staff page: the staff of the office (or of one unit), a page at a time; a new
 * staff member; a person's unit and roles, deactivation, and deputising for an absent head. Every
 * action goes through StaffService, which checks the ADMIN role again and writes the audit trail.
 */
@Route(value = "admin/staf", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class StaffAdminView extends PublicPage {

    private final StaffService staff;
    private final OfficeService office;
    private final java.time.Clock clock;
    private final id.dinsos.portal.office.Regions regions;
    private final Paragraph status = new Paragraph();
    private @Nullable Grid<StaffMember> grid;
    private @Nullable String unitFilter;

    public StaffAdminView(StaffService staff, OfficeService office, java.time.Clock clock,
                          id.dinsos.portal.office.Regions regions) {
        this.regions = regions;
        this.staff = staff;
        this.office = office;
        this.clock = clock;
        addClassName("admin-page");
        status.setId("staff-status");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    protected String title() {
        return getTranslation("admin.staff.title");
    }

    @Override
    protected void render(Locale locale) {
        UnitChoices units = new UnitChoices(office.profile(), locale);
        add(new H1(getTranslation("admin.staff.title")), new AdminMenu("admin/staf"),
                new Paragraph(getTranslation("admin.staff.intro")));

        ComboBox<String> filter = new ComboBox<>(getTranslation("admin.staff.filter"));
        filter.setId("staff-filter");
        filter.setItems(units.codes());
        filter.setItemLabelGenerator(units::label);
        filter.setClearButtonVisible(true);
        filter.setPlaceholder(getTranslation("admin.staff.filter.all"));
        filter.setWidth("24rem");
        filter.setMaxWidth("100%");
        filter.setValue(unitFilter);
        Button add = new Button(getTranslation("admin.staff.add"), e -> openCreate(units));
        add.setId("staff-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div tools = new Div(filter, add);
        tools.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem").set("align-items", "end");

        Grid<StaffMember> staffGrid = new Grid<>(StaffMember.class, false);
        staffGrid.setId("staff-grid");
        staffGrid.addColumn(StaffMember::fullName).setHeader(getTranslation("admin.staff.name")).setAutoWidth(true);
        staffGrid.addColumn(StaffMember::email).setHeader(getTranslation("admin.staff.email")).setAutoWidth(true);
        staffGrid.addColumn(m -> m.nip() == null ? "" : m.nip()).setHeader(getTranslation("admin.staff.nip")).setAutoWidth(true);
        staffGrid.addColumn(m -> units.label(m.unitCode())).setHeader(getTranslation("admin.staff.unit")).setAutoWidth(true);
        staffGrid.addColumn(this::roleNames).setHeader(getTranslation("admin.staff.roles")).setAutoWidth(true);
        staffGrid.addColumn(this::statusText).setHeader(getTranslation("admin.staff.status")).setAutoWidth(true);
        staffGrid.addComponentColumn(m -> {
            Button edit = new Button(getTranslation("admin.staff.edit"), e -> openEdit(m.id(), units));
            edit.setId("staff-edit-" + m.id());
            edit.getElement().setAttribute("aria-label", getTranslation("admin.staff.edit.label", m.fullName()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        staffGrid.setEmptyStateText(getTranslation("admin.staff.none"));
        staffGrid.setItems(query -> staff.list(unitFilter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) staff.count(unitFilter));
        filter.addValueChangeListener(e -> {
            unitFilter = e.getValue();
            staffGrid.getDataProvider().refreshAll();
        });
        grid = staffGrid;
        add(tools, status, staffGrid);
    }

    private String roleNames(StaffMember member) {
        return Arrays.stream(StaffRole.values()).filter(member.roles()::contains)
                .map(r -> getTranslation("staff.role." + r)).collect(Collectors.joining(", "));
    }

    private String statusText(StaffMember member) {
        return getTranslation(!member.active() ? "admin.staff.status.inactive"
                : member.passwordSet() ? "admin.staff.status.active" : "admin.staff.status.invited");
    }

    private void refresh(String message) {
        status.setText(message);
        if (grid != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    private CheckboxGroup<StaffRole> rolesField() {
        CheckboxGroup<StaffRole> roles = new CheckboxGroup<>(getTranslation("admin.staff.roles"));
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(r -> getTranslation("staff.role." + r));
        // Not marked required: the group's aria-required is not allowed on role=group (axe); the help says it.
        roles.setHelperText(getTranslation("validation.roles.required"));
        return roles;
    }

    private ComboBox<String> unitField(UnitChoices units) {
        ComboBox<String> unit = new ComboBox<>(getTranslation("admin.staff.unit"));
        unit.setItems(units.codes());
        unit.setItemLabelGenerator(units::label);
        unit.setRequiredIndicatorVisible(true);
        unit.setWidthFull();
        return unit;
    }

    /** The kecamatan a social worker serves: shown only while the social-worker role is ticked. */
    private ComboBox<String> districtField(CheckboxGroup<StaffRole> roles) {
        ComboBox<String> district = new ComboBox<>(getTranslation("admin.staff.district"));
        var names = new java.util.LinkedHashMap<String, String>();
        regions.districts().forEach(r -> names.put(r.code(), r.name()));
        district.setItems(names.keySet());
        district.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        district.setHelperText(getTranslation("admin.staff.district.help"));
        district.setWidthFull();
        district.setVisible(roles.getValue().contains(StaffRole.SOCIAL_WORKER));
        roles.addValueChangeListener(e -> district.setVisible(e.getValue().contains(StaffRole.SOCIAL_WORKER)));
        return district;
    }

    private void openCreate(UnitChoices units) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.staff.create.title"));
        TextField name = new TextField(getTranslation("register.name"));
        name.setId("staff-name");
        EmailField email = new EmailField(getTranslation("admin.staff.email"));
        email.setId("staff-email");
        email.setHelperText(getTranslation("admin.staff.email.help"));
        TextField nip = new TextField(getTranslation("admin.staff.nip"));
        nip.setId("staff-nip");
        nip.setHelperText(getTranslation("admin.staff.nip.help"));
        nip.setAllowedCharPattern("[0-9 ]");
        ComboBox<String> unit = unitField(units);
        unit.setId("staff-unit");
        CheckboxGroup<StaffRole> roles = rolesField();
        roles.setId("staff-roles");
        ComboBox<String> district = districtField(roles);
        district.setId("staff-district");
        for (var field : List.of(name, email, nip)) {
            field.setWidthFull();
        }
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        Div column = new Div(name, email, nip, unit, roles, district);
        column.addClassName("form-column");
        dialog.add(column);

        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("fullName", name);
        fields.put("email", email);
        fields.put("nip", nip);
        fields.put("unit", unit);
        fields.put("roles", roles);
        fields.put("district", district);
        Button save = new Button(getTranslation("admin.staff.create.save"), e -> {
            try {
                staff.create(new StaffForm(name.getValue(), email.getValue(), nip.getValue(), unit.getValue(),
                        roles.getValue(), district.getValue()));
                dialog.close();
                refresh(getTranslation("admin.staff.created", name.getValue().strip()));
            } catch (FormRejectedException rejected) {
                showProblems(rejected, fields);
            }
        });
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    private void openEdit(long staffId, UnitChoices units) {
        StaffMember member = staff.get(staffId);
        Dialog dialog = new Dialog();
        dialog.setId("staff-dialog");
        dialog.setHeaderTitle(member.fullName());
        dialog.setWidth("40rem");
        dialog.setMaxWidth("100%");
        Paragraph about = new Paragraph(member.email() + " · " + statusText(member));

        ComboBox<String> unit = unitField(units);
        unit.setId("edit-unit");
        unit.setValue(member.unitCode());
        CheckboxGroup<StaffRole> roles = rolesField();
        roles.setId("edit-roles");
        roles.setValue(member.roles());
        ComboBox<String> district = districtField(roles);
        district.setId("edit-district");
        district.setValue(member.districtCode());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("unit", unit);
        fields.put("roles", roles);
        fields.put("district", district);
        Button save = new Button(getTranslation("admin.staff.edit.save"), e -> {
            try {
                staff.changeAssignment(staffId, unit.getValue(), roles.getValue(), district.getValue());
                dialog.close();
                refresh(getTranslation("admin.staff.changed", member.fullName()));
            } catch (FormRejectedException rejected) {
                showProblems(rejected, fields);
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(member.active());

        Button deactivate = new Button(getTranslation("admin.staff.deactivate"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.staff.deactivate.title", member.fullName()),
                    getTranslation("admin.staff.deactivate.text"), getTranslation("admin.staff.deactivate"), ok -> {
                        try {
                            staff.deactivate(staffId);
                            refresh(getTranslation("admin.staff.deactivated", member.fullName()));
                        } catch (FormRejectedException rejected) {
                            showProblems(rejected, fields);
                        }
                        dialog.close();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("admin.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        deactivate.setId("edit-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.setEnabled(member.active());

        Div column = new Div(about, unit, roles, district);
        column.addClassName("form-column");
        dialog.add(column, deputising(member, units, dialog));
        Button close = new Button(getTranslation("admin.close"), e -> dialog.close());
        dialog.getFooter().add(deactivate, close, save);
        dialog.open();
    }

    /** Who stands in for this person, or for whom they stand in, and a form to record a new deputy. */
    private Component deputising(StaffMember member, UnitChoices units, Dialog dialog) {
        Div section = new Div();
        section.setId("deputy-section");
        section.add(new H2(getTranslation("admin.deputy.title")));
        section.add(new Paragraph(getTranslation("admin.deputy.intro")));
        List<Deputising> found = staff.deputisings(member.id());
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("admin.deputy.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("deputy-list");
            for (Deputising d : found) {
                ListItem item = new ListItem(new Span(getTranslation("admin.deputy.item", d.deputyName(), d.absentName(),
                        getTranslation("staff.role." + d.role()), units.label(d.unitCode()),
                        AdminFormats.date(d.startsOn(), getLocale()), AdminFormats.date(d.endsOn(), getLocale()))
                        + " · " + getTranslation(d.endedAt() != null ? "admin.deputy.ended"
                        : d.inForce() ? "admin.deputy.inforce" : "admin.deputy.notinforce")));
                if (d.endedAt() == null && !d.endsOn().isBefore(today())) {
                    Button end = new Button(getTranslation("admin.deputy.end"), e -> {
                        staff.endDeputy(d.id());
                        dialog.close();
                        refresh(getTranslation("admin.deputy.endedmessage"));
                    });
                    end.setId("deputy-end-" + d.id());
                    end.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    item.add(new Span(" "), end);
                }
                list.add(item);
            }
            section.add(list);
        }
        List<StaffRole> deputisable = member.roles().stream().filter(StaffRole::deputisable).sorted().toList();
        if (!member.active() || deputisable.isEmpty() || member.unitCode() == null) {
            return section;
        }
        Select<StaffRole> role = new Select<>();
        role.setLabel(getTranslation("admin.deputy.role"));
        role.setId("deputy-role");
        role.setItems(deputisable);
        role.setItemLabelGenerator(r -> getTranslation("staff.role." + r));
        role.setValue(deputisable.getFirst());
        ComboBox<StaffMember> deputy = new ComboBox<>(getTranslation("admin.deputy.person"));
        deputy.setId("deputy-person");
        deputy.setItems(query -> staff.searchActive(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> (int) staff.countActive(query.getFilter().orElse("")));
        deputy.setItemLabelGenerator(m -> m.fullName() + " (" + units.label(m.unitCode()) + ")");
        deputy.setWidthFull();
        DatePicker from = new DatePicker(getTranslation("admin.deputy.from"));
        from.setId("deputy-from");
        DatePicker until = new DatePicker(getTranslation("admin.deputy.until"));
        until.setId("deputy-until");
        for (DatePicker picker : List.of(from, until)) {
            picker.setLocale(getLocale());
            picker.setI18n(AdminFormats.datePicker(getLocale(), getTranslation("admin.date.today"),
                    getTranslation("admin.cancel")));
        }
        from.setValue(today());
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("role", role);
        fields.put("deputy", deputy);
        fields.put("startsOn", from);
        fields.put("endsOn", until);
        Button assign = new Button(getTranslation("admin.deputy.assign"), e -> {
            if (deputy.getValue() == null) {
                deputy.setErrorMessage(getTranslation("validation.deputy.person"));
                deputy.setInvalid(true);
                deputy.focus();
                return;
            }
            try {
                staff.assignDeputy(new DeputyForm(member.id(), role.getValue(), member.unitCode(),
                        deputy.getValue().id(), from.getValue(), until.getValue()));
                dialog.close();
                refresh(getTranslation("admin.deputy.assigned", deputy.getValue().fullName(), member.fullName()));
            } catch (FormRejectedException rejected) {
                showProblems(rejected, fields);
            }
        });
        assign.setId("deputy-assign");
        Div form = new Div(role, deputy, from, until, assign);
        form.addClassName("form-column");
        section.add(form);
        return section;
    }

    private LocalDate today() {
        ZoneId zone = office.profile().hours().zone();
        return LocalDate.now(clock.withZone(zone));
    }

    /** Each problem next to its field; one without a field (e.g. deactivating oneself) in the page's status. */
    private void showProblems(FormRejectedException rejected, Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        Component first = null;
        for (FieldProblem problem : rejected.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                status.setText(getTranslation(problem.messageKey(), problem.args()));
                continue;
            }
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            field.setInvalid(true);
            if (first == null && field instanceof Component c) {
                first = c;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
