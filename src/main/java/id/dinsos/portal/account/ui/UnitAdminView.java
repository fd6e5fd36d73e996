package id.dinsos.portal.account.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The office's units and teams, as {@code office.yml} defines them, with the number of active staff
 * in each. Read-only: the units are the office file's, changed there and imported at start-up.
 */
@Route(value = "admin/unit", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class UnitAdminView extends PublicPage {

    private final OfficeService office;
    private final StaffService staff;

    /** One row: a unit, or a team under it. */
    record UnitRow(String code, String name, String kind, long staff) {
    }

    public UnitAdminView(OfficeService office, StaffService staff) {
        this.office = office;
        this.staff = staff;
        addClassName("admin-page");
    }

    @Override
    protected String title() {
        return getTranslation("admin.units.title");
    }

    @Override
    protected void render(Locale locale) {
        Map<String, Long> counts = staff.activeStaffByUnit();
        List<UnitRow> rows = new ArrayList<>();
        for (OfficeProfile.Unit unit : office.profile().units()) {
            rows.add(new UnitRow(unit.code(), unit.name().in(locale), getTranslation("admin.units.kind." + unit.kind()),
                    counts.getOrDefault(unit.code(), 0L)));
            for (OfficeProfile.Team team : unit.teams()) {
                // The team under its unit, indented by a dash that a screen reader skips over quickly.
                rows.add(new UnitRow(team.code(), "— " + team.name().in(locale), getTranslation("admin.units.kind.TEAM"),
                        counts.getOrDefault(team.code(), 0L)));
            }
        }
        // Only a few dozen rows at most, all from the office file: no paging needed.
        Grid<UnitRow> grid = new Grid<>(UnitRow.class, false);
        grid.setId("unit-grid");
        grid.addColumn(UnitRow::name).setHeader(getTranslation("admin.units.name")).setFlexGrow(3);
        grid.addColumn(UnitRow::kind).setHeader(getTranslation("admin.units.kind")).setAutoWidth(true);
        grid.addColumn(UnitRow::code).setHeader(getTranslation("admin.units.code")).setAutoWidth(true);
        grid.addColumn(UnitRow::staff).setHeader(getTranslation("admin.units.staff")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(new H1(getTranslation("admin.units.title")), new AdminMenu("admin/unit"),
                new Paragraph(getTranslation("admin.units.intro")), grid);
    }
}
