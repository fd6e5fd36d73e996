package id.dinsos.portal.catalogue.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;

/** Services grouped under the unit (bidang) responsible for them, as the Standar Pelayanan groups them. */
class ServiceGroups extends Div {

    ServiceGroups(Map<OfficeProfile.Unit, List<ServiceDefinition>> grouped, Locale locale) {
        addClassName("service-groups");
        grouped.forEach((unit, services) -> {
            Section section = new Section();
            section.addClassName("service-group");
            H2 heading = new H2(unit.name().in(locale));
            heading.setId("unit-" + unit.code());
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            Div cards = new Div();
            cards.addClassName("service-cards");
            services.forEach(s -> cards.add(new ServiceCard(s, locale)));
            section.add(heading, cards);
            add(section);
        });
    }
}
