package id.dinsos.portal.audit.ui;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.account.StaffService;
import id.dinsos.portal.audit.ActorKind;
import id.dinsos.portal.audit.AuditEntry;
import id.dinsos.portal.audit.AuditLog;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/** The latest audit events, newest first, a page at a time. Staff are named; citizens only by account number. */
@Route(value = "admin/audit", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class AuditAdminView extends PublicPage {

    private final AuditLog audit;
    private final StaffService staff;
    private final OfficeService office;
    /** Staff names of the pages loaded so far, so a page costs one look-up. */
    private final Map<Long, String> names = new HashMap<>();

    public AuditAdminView(AuditLog audit, StaffService staff, OfficeService office) {
        this.audit = audit;
        this.staff = staff;
        this.office = office;
        addClassName("admin-page");
    }

    @Override
    protected String title() {
        return getTranslation("admin.audit.title");
    }

    @Override
    protected void render(Locale locale) {
        ZoneId zone = office.profile().hours().zone();
        Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
        grid.setId("audit-grid");
        grid.addColumn(e -> AdminFormats.time(e.occurredAt(), locale, zone)).setHeader(getTranslation("admin.audit.time"))
                .setAutoWidth(true);
        grid.addColumn(this::actor).setHeader(getTranslation("admin.audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("admin.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() == null ? "" : e.subjectType() + " " + Objects.toString(e.subjectId(), ""))
                .setHeader(getTranslation("admin.audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> Objects.toString(e.detail(), "")).setHeader(getTranslation("admin.audit.detail")).setFlexGrow(2);
        grid.addColumn(e -> Objects.toString(e.ip(), "")).setHeader(getTranslation("admin.audit.ip")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin.audit.none"));
        grid.setItems(query -> {
            List<AuditEntry> page = audit.latest(query.getOffset(), query.getLimit());
            List<Long> unknown = page.stream().filter(e -> e.actorKind() == ActorKind.STAFF)
                    .map(AuditEntry::actorAccountId).filter(id -> id != null && !names.containsKey(id)).distinct().toList();
            if (!unknown.isEmpty()) {
                names.putAll(staff.staffNames(unknown));
            }
            return page.stream();
        }, query -> (int) audit.count());
        add(new H1(getTranslation("admin.audit.title")), new AdminMenu("admin/audit"),
                new Paragraph(getTranslation("admin.audit.intro")), grid);
    }

    private String actor(AuditEntry e) {
        return switch (e.actorKind()) {
            case STAFF -> names.getOrDefault(e.actorAccountId(), getTranslation("admin.audit.actor.STAFF", String.valueOf(e.actorAccountId())));
            case CITIZEN -> getTranslation("admin.audit.actor.CITIZEN", String.valueOf(e.actorAccountId()));
            case API_CLIENT -> getTranslation("admin.audit.actor.API_CLIENT", String.valueOf(e.actorClientId()));
            case SYSTEM, ANONYMOUS -> getTranslation("admin.audit.actor." + e.actorKind());
        };
    }
}
