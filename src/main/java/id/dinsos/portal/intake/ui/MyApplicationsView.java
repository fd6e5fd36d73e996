package id.dinsos.portal.intake.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStatus;
import id.dinsos.portal.intake.ApplicationSummary;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Permohonan saya": the signed-in citizen's applications and reports, their own and their
 * organisations', newest first, each with its number, status and dates, and a link to it.
 */
@Route(value = "permohonan", layout = PublicLayout.class)
@RolesAllowed("CITIZEN")
public class MyApplicationsView extends PublicPage {

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final OfficeService office;

    public MyApplicationsView(ApplicationService applications, CatalogueService catalogue, OfficeService office) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.office = office;
        addClassName("my-applications");
    }

    @Override
    protected String title() {
        return getTranslation("intake.mine.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("intake.mine.title")), new Paragraph(getTranslation("intake.mine.intro")));
        List<ApplicationSummary> mine = applications.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.mine.none"));
            none.setId("app-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("app-list");
            list.addClassName("application-list");
            ZoneId zone = office.profile().hours().zone();
            for (ApplicationSummary summary : mine) {
                list.add(item(summary, zone, locale));
            }
            add(list);
        }
        Anchor services = new Anchor("layanan", getTranslation("intake.mine.services"));
        Anchor track = new Anchor("lacak", getTranslation("intake.track.title"));
        Div links = new Div(services, track);
        links.addClassName("page-links");
        add(links);
    }

    private ListItem item(ApplicationSummary summary, ZoneId zone, Locale locale) {
        String name = catalogue.service(summary.serviceCode()).map(s -> s.name().in(locale))
                .orElse(summary.serviceCode());
        RouterLink link = new RouterLink(name, ApplicationView.class,
                new RouteParameters(ApplicationView.ID, String.valueOf(summary.id())));
        link.addClassName("application-link");
        H2 heading = new H2(link);
        heading.addClassName("application-name");
        Span status = new Span(IntakeFormats.status(this, summary.status()));
        status.addClassNames("badge", "status-" + summary.status().name().toLowerCase(Locale.ROOT));
        Span number = new Span(summary.trackingNumber() == null ? getTranslation("intake.mine.draft")
                : getTranslation("intake.mine.number", summary.trackingNumber()));
        number.addClassName("application-number");
        Paragraph line = new Paragraph(status, number);
        line.addClassName("application-facts");
        Paragraph dates = new Paragraph(summary.submittedAt() == null
                ? getTranslation("intake.mine.created", IntakeFormats.date(summary.createdAt(), zone, locale))
                : getTranslation("intake.mine.submitted", IntakeFormats.date(summary.submittedAt(), zone, locale)));
        dates.addClassName("fact");
        ListItem item = new ListItem(heading, line, dates);
        if (summary.beneficiaryName() != null) {
            Paragraph forWhom = new Paragraph(getTranslation("intake.mine.for", summary.beneficiaryName()));
            forWhom.addClassName("fact");
            item.add(forWhom);
        }
        if (summary.dueAt() != null) {
            Paragraph due = new Paragraph(getTranslation("intake.mine.expected-completion",
                    IntakeFormats.dateTime(this, summary.dueAt(), zone, locale)));
            due.addClassNames("fact", "expected-completion");
            item.add(due);
        }
        if (summary.status() == ApplicationStatus.NEEDS_REVISION) {
            Paragraph action = new Paragraph(getTranslation("intake.mine.needs-revision"));
            action.addClassName("correction-reason");
            item.add(action);
        }
        item.addClassName("application-item");
        item.getElement().setAttribute("data-id", String.valueOf(summary.id()));
        return item;
    }
}
