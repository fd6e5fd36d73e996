package id.dinsos.portal.catalogue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/** The front door: what the portal is, a search box, every service by unit, hours and contacts. */
@Route(value = "", layout = PublicLayout.class)
@AnonymousAllowed
public class HomeView extends PublicPage {

    private final CatalogueService catalogue;
    private final OfficeService office;

    public HomeView(CatalogueService catalogue, OfficeService office) {
        this.catalogue = catalogue;
        this.office = office;
        addClassName("home");
    }

    @Override
    protected String title() {
        return getTranslation("home.title");
    }

    @Override
    protected void render(Locale locale) {
        OfficeProfile profile = office.profile();

        Section hero = new Section();
        hero.addClassName("hero");
        H1 heading = new H1(getTranslation("app.name"));
        Paragraph lead = new Paragraph(getTranslation("home.lead", profile.fullName().in(locale)));
        lead.addClassName("lead");
        hero.add(heading, lead, searchBox());

        Section facts = new Section();
        facts.addClassName("key-facts");
        facts.getElement().setAttribute("aria-label", getTranslation("home.facts.label"));
        UnorderedList factList = new UnorderedList(
                new ListItem(getTranslation("home.fact.free")),
                new ListItem(getTranslation("home.fact.hours", profile.hours().open().toString(),
                        profile.hours().close().toString())),
                new ListItem(getTranslation("home.fact.count", catalogue.services().size())));
        facts.add(factList);

        Section services = new Section();
        services.addClassName("home-services");
        H2 servicesHeading = new H2(getTranslation("home.services"));
        servicesHeading.setId("home-services");
        services.getElement().setAttribute("aria-labelledby", "home-services");
        services.add(servicesHeading, new ServiceGroups(catalogue.servicesByUnit(catalogue.services()), locale));

        Section track = new Section();
        track.addClassName("home-track");
        H2 trackHeading = new H2(getTranslation("home.track.title"));
        trackHeading.setId("home-track");
        track.getElement().setAttribute("aria-labelledby", "home-track");
        Anchor trackLink = new Anchor("lacak", getTranslation("home.track.link"));
        trackLink.setId("home-track-link");
        track.add(trackHeading, new Paragraph(getTranslation("home.track.text")), new Paragraph(trackLink));

        add(hero, facts, track, services);
    }

    private Div searchBox() {
        TextField query = new TextField(getTranslation("search.label"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setClearButtonVisible(true);
        query.setId("home-search");
        query.addClassName("search-field");
        Button go = new Button(getTranslation("search.button"), e -> search(query.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("home-search-button");
        query.addKeyPressListener(Key.ENTER, e -> search(query.getValue()));
        Div box = new Div(query, go);
        box.addClassName("search-box");
        box.getElement().setAttribute("role", "search");
        return box;
    }

    private void search(String text) {
        String route = ServiceListView.class.getAnnotation(Route.class).value();
        getUI().ifPresent(ui -> ui.navigate(route,
                text.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", text.strip())));
    }
}
