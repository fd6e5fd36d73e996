package id.dinsos.portal.shared.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The administrator's pages, as a row of links at the top of each: staff, units, API clients, the
 * outbox, the audit trail, the holidays and the letter templates. Plain links by path, so the shared layout does not depend on the modules
 * that own the pages; the current page is marked for screen readers with {@code aria-current}.
 */
public class AdminMenu extends Nav {

    /** The paths (without the leading slash) and the i18n keys of their labels, in menu order. */
    public static final List<String[]> PAGES = List.of(
            new String[] {"admin/staf", "admin.menu.staff"},
            new String[] {"admin/unit", "admin.menu.units"},
            new String[] {"admin/klien-api", "admin.menu.apiclients"},
            new String[] {"admin/surat-keluar", "admin.menu.outbox"},
            new String[] {"admin/audit", "admin.menu.audit"},
            new String[] {"admin/hari-libur", "admin.menu.holidays"},
            new String[] {"admin/templat-surat", "admin.menu.letter-templates"});

    public AdminMenu(String currentPath) {
        addClassName("admin-menu");
        setId("admin-menu");
        getElement().setAttribute("aria-label", getTranslation("admin.menu.label"));
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.5rem 1.25rem").set("margin", "0 0 1rem");
        for (String[] page : PAGES) {
            Anchor link = new Anchor(page[0], getTranslation(page[1]));
            if (page[0].equals(currentPath)) {
                link.getElement().setAttribute("aria-current", "page");
                link.getStyle().set("font-weight", "700");
            }
            add(link);
        }
    }
}
