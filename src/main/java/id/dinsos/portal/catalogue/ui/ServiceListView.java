package id.dinsos.portal.catalogue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/** Every service, searchable as one types; {@code /layanan?q=kursi} opens with a search. */
@Route(value = "layanan", layout = PublicLayout.class)
@AnonymousAllowed
public class ServiceListView extends PublicPage implements BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();
    private String query = "";

    public ServiceListView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        results.addClassName("results");
        count.setId("result-count");
        count.addClassName("result-count");
        // Screen readers hear the number of results as it changes.
        count.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
    }

    @Override
    protected String title() {
        return getTranslation("services.title");
    }

    @Override
    protected void render(Locale locale) {
        H1 heading = new H1(getTranslation("services.title"));
        Paragraph intro = new Paragraph(getTranslation("services.intro"));
        TextField search = new TextField(getTranslation("search.label"));
        search.setId("service-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValue(query);
        search.addClassName("search-field");
        search.addValueChangeListener(e -> {
            query = e.getValue();
            showResults(locale);
        });
        Div searchBox = new Div(search);
        searchBox.addClassName("search-box");
        searchBox.getElement().setAttribute("role", "search");
        add(heading, intro, searchBox, count, results);
        showResults(locale);
    }

    private void showResults(Locale locale) {
        List<ServiceDefinition> found = catalogue.search(query, locale);
        results.removeAll();
        count.setText(query.isBlank() ? getTranslation("services.count.all", found.size())
                : getTranslation("services.count.found", found.size(), query.strip()));
        if (found.isEmpty()) {
            results.add(new Paragraph(getTranslation("services.none")));
        } else {
            results.add(new ServiceGroups(catalogue.servicesByUnit(found), locale));
        }
    }
}
