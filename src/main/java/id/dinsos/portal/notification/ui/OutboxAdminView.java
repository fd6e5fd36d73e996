package id.dinsos.portal.notification.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.notification.OutboxEntry;
import id.dinsos.portal.notification.OutboxOverview;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.AdminFormats;
import id.dinsos.portal.shared.ui.AdminMenu;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The outbox for administrators (read-only): whether mail goes out, and why not when it does not.
 * Recipients are masked and contents not shown: a mail may carry a personal link.
 */
@Route(value = "admin/surat-keluar", layout = PublicLayout.class)
@RolesAllowed("ADMIN")
public class OutboxAdminView extends PublicPage {

    private final OutboxOverview outbox;
    private final OfficeService office;

    public OutboxAdminView(OutboxOverview outbox, OfficeService office) {
        this.outbox = outbox;
        this.office = office;
        addClassName("admin-page");
    }

    @Override
    protected String title() {
        return getTranslation("admin.outbox.title");
    }

    @Override
    protected void render(Locale locale) {
        ZoneId zone = office.profile().hours().zone();
        Grid<OutboxEntry> grid = new Grid<>(OutboxEntry.class, false);
        grid.setId("outbox-grid");
        grid.addColumn(m -> AdminFormats.time(m.createdAt(), locale, zone)).setHeader(getTranslation("admin.outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::maskedRecipient).setHeader(getTranslation("admin.outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::template).setHeader(getTranslation("admin.outbox.template")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("admin.outbox.status." + m.status())).setHeader(getTranslation("admin.outbox.status"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("admin.outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> AdminFormats.time(m.nextAttemptAt(), locale, zone)).setHeader(getTranslation("admin.outbox.next"))
                .setAutoWidth(true);
        grid.addColumn(m -> AdminFormats.time(m.sentAt(), locale, zone)).setHeader(getTranslation("admin.outbox.sent"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("admin.outbox.error"))
                .setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("admin.outbox.none"));
        grid.setItems(query -> outbox.latest(query.getOffset(), query.getLimit()).stream(), query -> (int) outbox.count());
        add(new H1(getTranslation("admin.outbox.title")), new AdminMenu("admin/surat-keluar"),
                new Paragraph(getTranslation("admin.outbox.intro")), grid);
    }
}
