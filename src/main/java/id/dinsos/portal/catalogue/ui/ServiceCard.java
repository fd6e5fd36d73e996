package id.dinsos.portal.catalogue.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.catalogue.ServiceDefinition;

/** A service in a list: its name as the link, what it is for, how long it takes and how to apply. */
class ServiceCard extends Div {

    ServiceCard(ServiceDefinition service, Locale locale) {
        addClassName("service-card");
        RouterLink link = new RouterLink(ServiceDetailView.class, new RouteParameters("code", service.code()));
        link.setText(service.name().in(locale));
        link.addClassName("service-card-link");
        H3 title = new H3(link);
        Paragraph summary = new Paragraph(service.summary().in(locale));
        summary.addClassName("service-card-summary");
        Div facts = new Div();
        facts.addClassName("service-card-facts");
        facts.add(fact(getTranslation("service.time") + ": " + service.timeLimit().text().in(locale), "fact"),
                fact(getTranslation("channel." + service.channel() + ".badge"), "badge badge-" + service.channel()
                        .name().toLowerCase(Locale.ROOT)));
        if (service.fee().isFree()) {
            facts.add(fact(getTranslation("service.free"), "badge badge-free"));
        }
        add(title, summary, facts);
    }

    private static Span fact(String text, String classNames) {
        Span span = new Span(text);
        span.addClassNames(classNames.split(" "));
        return span;
    }
}
