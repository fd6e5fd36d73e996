package id.dinsos.portal.catalogue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * A service's standard as the office displays it at the counter: letterhead, the decree, and all 14
 * components in one table, formatted for A4 paper (the browser's print, or save as PDF).
 */
@Route("layanan/:code/cetak")
@AnonymousAllowed
public class ServicePrintView extends PublicPage implements BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final OfficeService office;
    private @Nullable ServiceDefinition service;

    public ServicePrintView(CatalogueService catalogue, OfficeService office) {
        this.catalogue = catalogue;
        this.office = office;
        addClassName("print-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        service = catalogue.service(event.getRouteParameters().get("code").orElse("")).orElse(null);
        if (service == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String title() {
        return service == null ? "" : getTranslation("print.title") + " " + service.name().in(getLocale());
    }

    @Override
    protected void render(Locale locale) {
        ServiceDefinition s = service;
        if (s == null) {
            return;
        }
        getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        OfficeProfile profile = office.profile();

        Button print = new Button(getTranslation("print.button"),
                e -> e.getSource().getElement().executeJs("window.print()"));
        print.setId("print-button");
        RouterLink back = new RouterLink(getTranslation("print.back"), ServiceDetailView.class,
                new RouteParameters("code", s.code()));
        Div toolbar = new Div(print, back);
        toolbar.addClassName("print-toolbar");

        Header kop = new Header();
        kop.addClassName("kop");
        Image logo = new Image(profile.logo(), getTranslation("layout.logo.alt", profile.government().in(locale)));
        Div kopText = new Div(line(profile.government().in(locale), "kop-government"),
                line(profile.name().in(locale), "kop-office"),
                line(String.join(", ", profile.address()), "kop-address"),
                line(getTranslation("print.contacts", String.join(", ", profile.phone()), profile.email(),
                        profile.website()), "kop-address"));
        kop.add(logo, kopText);

        H1 heading = new H1(getTranslation("print.title"));
        Paragraph official = new Paragraph(s.officialName().in(locale));
        official.addClassName("print-official");
        Paragraph decree = new Paragraph(getTranslation("print.decree", profile.standardDecree().number(),
                profile.standardDecree().date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))));
        decree.addClassName("print-decree");

        Element table = new Element("table");
        table.getClassList().add("standard-table");
        Element head = new Element("thead");
        Element headRow = new Element("tr");
        for (String column : List.of("print.column.no", "print.column.component", "print.column.description")) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(getTranslation(column));
            headRow.appendChild(th);
        }
        table.appendChild(head.appendChild(headRow));
        Element body = new Element("tbody");
        int no = 0;
        body.appendChild(row(++no, "component.requirements", requirements(s, locale)));
        body.appendChild(row(++no, "component.procedure", numbered(s.procedure(), locale)));
        body.appendChild(row(++no, "component.time", text(s.timeLimit().text().in(locale))));
        body.appendChild(row(++no, "component.fee", text(s.fee().text().in(locale))));
        body.appendChild(row(++no, "component.product", text(s.product().in(locale))));
        body.appendChild(row(++no, "component.complaints", numbered(s.complaintChannels(), locale)));
        body.appendChild(row(++no, "component.legal", numbered(s.legalBasis(), locale)));
        body.appendChild(row(++no, "component.staff", text(s.staff().text().in(locale))));
        body.appendChild(row(++no, "component.competence", numbered(s.competence(), locale)));
        body.appendChild(row(++no, "component.facilities", numbered(s.facilities(), locale)));
        body.appendChild(row(++no, "component.supervision", lines(s.supervision(), locale)));
        body.appendChild(row(++no, "component.guarantee", numbered(s.guarantee(), locale)));
        body.appendChild(row(++no, "component.safety", numbered(s.safety(), locale)));
        body.appendChild(row(++no, "component.evaluation", lines(s.evaluation(), locale)));
        table.appendChild(body);
        Div tableHolder = new Div();
        tableHolder.addClassName("table-holder");
        tableHolder.getElement().appendChild(table);

        Main main = new Main(toolbar, kop, heading, official, decree, tableHolder);
        main.setId("main");
        add(main);
    }

    private Element row(int no, String componentKey, Element content) {
        Element tr = new Element("tr");
        Element number = new Element("td");
        number.setText(no + ".");
        Element name = new Element("th");
        name.setAttribute("scope", "row");
        name.setText(getTranslation(componentKey));
        Element description = new Element("td");
        description.appendChild(content);
        return tr.appendChild(number, name, description);
    }

    private Element requirements(ServiceDefinition s, Locale locale) {
        Element wrapper = new Element("div");
        if (s.variants().isEmpty()) {
            wrapper.appendChild(requirementList(s.requirements(), locale));
        } else {
            for (ServiceDefinition.Variant v : s.variants()) {
                Element title = new Element("p");
                title.getClassList().add("variant-title");
                title.setText(v.name().in(locale));
                wrapper.appendChild(title, requirementList(s.requirementsFor(v.code()), locale));
            }
        }
        if (s.requirementsNote() != null) {
            wrapper.appendChild(text(s.requirementsNote().in(locale)));
        }
        return wrapper;
    }

    private static Element requirementList(List<Requirement> items, Locale locale) {
        Element ol = new Element("ol");
        for (Requirement r : items) {
            Element li = new Element("li");
            li.setText(r.name().in(locale) + (r.note() == null ? "" : " (" + r.note().in(locale) + ")"));
            ol.appendChild(li);
        }
        return ol;
    }

    private static Element numbered(List<LocalizedText> items, Locale locale) {
        Element ol = new Element("ol");
        items.forEach(i -> {
            Element li = new Element("li");
            li.setText(i.in(locale));
            ol.appendChild(li);
        });
        return ol;
    }

    private static Element lines(List<LocalizedText> items, Locale locale) {
        Element div = new Element("div");
        items.forEach(i -> div.appendChild(text(i.in(locale))));
        return div;
    }

    private static Element text(String value) {
        Element p = new Element("p");
        p.setText(value);
        return p;
    }

    private static Component line(String value, String className) {
        Span span = new Span(value);
        span.addClassName(className);
        return span;
    }
}
