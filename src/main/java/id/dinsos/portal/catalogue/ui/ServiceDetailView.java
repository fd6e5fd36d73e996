package id.dinsos.portal.catalogue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.Channel;
import id.dinsos.portal.catalogue.Requirement;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * One service's standard. The six components the public needs come first and prominently (the
 * requirements as a checklist to tick at home), how to apply next, the eight internal components in a
 * section below.
 */
@Route(value = "layanan/:code", layout = PublicLayout.class)
@AnonymousAllowed
public class ServiceDetailView extends PublicPage implements BeforeEnterObserver {

    private final CatalogueService catalogue;
    private final OfficeService office;
    private @Nullable ServiceDefinition service;
    /** What the person ticked survives a change of language (the page re-renders in place). */
    private final Set<String> ticked = new HashSet<>();

    public ServiceDetailView(CatalogueService catalogue, OfficeService office) {
        this.catalogue = catalogue;
        this.office = office;
        addClassName("service-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        ServiceDefinition found = catalogue.service(code).orElse(null);
        if (found == null || service == null || !found.code().equals(service.code())) {
            ticked.clear();
        }
        service = found;
        if (service == null) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    protected String title() {
        return service == null ? "" : service.name().in(getLocale());
    }

    @Override
    protected void render(Locale locale) {
        ServiceDefinition s = service;
        if (s == null) {
            return;
        }
        OfficeProfile profile = office.profile();

        Nav crumbs = new Nav(new RouterLink(getTranslation("services.title"), ServiceListView.class));
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));

        H1 heading = new H1(s.name().in(locale));
        Paragraph unit = new Paragraph(profile.unit(s.unit()).map(u -> u.name().in(locale)).orElse(s.unit()));
        unit.addClassName("service-unit");
        Paragraph summary = new Paragraph(s.summary().in(locale));
        summary.addClassName("lead");

        add(crumbs, heading, unit, summary, glance(s, locale), howToApply(s, profile, locale),
                requirements(s, locale),
                section("procedure", getTranslation("component.procedure"), ordered(s.procedure(), locale)),
                section("time", getTranslation("component.time"), timeLimit(s, locale)),
                section("fee", getTranslation("component.fee"), new Paragraph(feeText(s, locale))),
                section("product", getTranslation("component.product"), new Paragraph(s.product().in(locale))),
                section("complaints", getTranslation("component.complaints"),
                        unordered(s.complaintChannels(), locale)),
                management(s, locale), links(s));
    }

    private Component glance(ServiceDefinition s, Locale locale) {
        Div facts = new Div();
        facts.addClassName("glance");
        facts.add(glanceItem(getTranslation("service.time"), s.timeLimit().text().in(locale)),
                glanceItem(getTranslation("service.fee"), feeText(s, locale)),
                glanceItem(getTranslation("service.product"), s.product().in(locale)),
                glanceItem(getTranslation("service.channel"), getTranslation("channel." + s.channel() + ".badge")));
        return facts;
    }

    private static Component glanceItem(String label, String value) {
        Span term = new Span(label);
        term.addClassName("glance-label");
        Span text = new Span(value);
        text.addClassName("glance-value");
        Div item = new Div(term, text);
        item.addClassName("glance-item");
        return item;
    }

    private Component howToApply(ServiceDefinition s, OfficeProfile profile, Locale locale) {
        Section apply = new Section();
        apply.addClassNames("call-to-action", "cta-" + s.channel().name().toLowerCase(Locale.ROOT));
        apply.setId("how-to-apply");
        H2 heading = new H2(getTranslation("channel." + s.channel() + ".title"));
        apply.add(heading, new Paragraph(s.channelNote().in(locale)),
                new Paragraph(getTranslation("channel." + s.channel() + ".text")));
        if (s.channel() != Channel.COUNTER) {
            apply.add(startLink(s));
        }
        apply.add(new Paragraph(getTranslation("apply.where", String.join(", ", profile.address()),
                profile.hours().open().toString(), profile.hours().close().toString())));
        return apply;
    }

    /**
     * The way into the online form (intake): an application, a report, or, for the services that go
     * through DPMPTSP, an application by an organisation's member. A link, not a button: it leads to
     * a page, which asks a visitor to sign in first.
     */
    private Component startLink(ServiceDefinition s) {
        String key = switch (s.channel()) {
            case REPORT -> "apply.start.report";
            case DPMPTSP -> "apply.start.organisation";
            default -> "apply.start";
        };
        Anchor start = new Anchor("layanan/" + s.code() + "/ajukan", getTranslation(key));
        start.setId("apply-start");
        start.addClassName("button-link");
        Paragraph note = new Paragraph(getTranslation(s.channel() == Channel.DPMPTSP ? "apply.start.note.organisation"
                : "apply.start.note"));
        note.addClassName("hint");
        Div box = new Div(start, note);
        box.addClassName("apply-start");
        return box;
    }

    private Component requirements(ServiceDefinition s, Locale locale) {
        Div content = new Div();
        Paragraph hint = new Paragraph(getTranslation("requirements.hint"));
        hint.addClassName("hint");
        content.add(hint);
        if (s.variants().isEmpty()) {
            content.add(checklist(s.requirements(), locale, "req"));
        } else {
            for (ServiceDefinition.Variant variant : s.variants()) {
                H3 variantHeading = new H3(variant.name().in(locale));
                List<Requirement> items = s.requirementsFor(variant.code());
                content.add(variantHeading, checklist(items, locale, "req-" + variant.code()));
            }
        }
        if (s.requirementsNote() != null) {
            Paragraph note = new Paragraph(s.requirementsNote().in(locale));
            note.addClassName("note");
            content.add(note);
        }
        return section("requirements", getTranslation("component.requirements"), content);
    }

    private Component checklist(List<Requirement> items, Locale locale, String idPrefix) {
        UnorderedList list = new UnorderedList();
        list.addClassName("checklist");
        int index = 0;
        for (Requirement r : items) {
            ListItem item = new ListItem();
            Checkbox box = new Checkbox(r.name().in(locale));
            box.setId(idPrefix + "-" + (++index));
            String key = idPrefix + "/" + r.code();
            box.setValue(ticked.contains(key));
            box.addValueChangeListener(e -> {
                if (e.getValue()) {
                    ticked.add(key);
                } else {
                    ticked.remove(key);
                }
            });
            item.add(box);
            if (r.note() != null) {
                Span note = new Span(r.note().in(locale));
                note.addClassName("requirement-note");
                note.setId(box.getId().orElseThrow() + "-note");
                box.getElement().setAttribute("aria-describedby", note.getId().orElseThrow());
                item.add(note);
            }
            if (!r.isMandatory()) {
                Span optional = new Span(getTranslation("requirements.optional"));
                optional.addClassName("badge");
                item.add(optional);
            }
            list.add(item);
        }
        return list;
    }

    private Component timeLimit(ServiceDefinition s, Locale locale) {
        Div content = new Div(new Paragraph(s.timeLimit().text().in(locale)));
        if (s.timeLimit().isRange()) {
            content.add(new Paragraph(getTranslation("time.range", s.timeLimit().min().stripTrailingZeros()
                            .toPlainString(), s.timeLimit().max().stripTrailingZeros().toPlainString(),
                    getTranslation("unit." + s.timeLimit().unit()))));
        }
        return content;
    }

    private String feeText(ServiceDefinition s, Locale locale) {
        return s.fee().isFree() ? getTranslation("service.free.long", s.fee().text().in(locale))
                : s.fee().text().in(locale);
    }

    private Component management(ServiceDefinition s, Locale locale) {
        Section section = new Section();
        section.addClassName("management");
        H2 heading = new H2(getTranslation("component.management"));
        heading.setId("management");
        section.getElement().setAttribute("aria-labelledby", "management");
        section.add(heading, new Paragraph(getTranslation("component.management.intro")),
                details(getTranslation("component.legal"), ordered(s.legalBasis(), locale)),
                details(getTranslation("component.facilities"), unordered(s.facilities(), locale)),
                details(getTranslation("component.competence"), unordered(s.competence(), locale)),
                details(getTranslation("component.supervision"), plain(s.supervision(), locale)),
                details(getTranslation("component.staff"), new Paragraph(s.staff().text().in(locale))),
                details(getTranslation("component.guarantee"), unordered(s.guarantee(), locale)),
                details(getTranslation("component.safety"), unordered(s.safety(), locale)),
                details(getTranslation("component.evaluation"), unordered(s.evaluation(), locale)));
        return section;
    }

    private Component links(ServiceDefinition s) {
        Anchor print = new Anchor("layanan/" + s.code() + "/cetak", getTranslation("service.print"));
        print.getElement().setAttribute("router-ignore", true);
        print.setId("print-link");
        RouterLink back = new RouterLink(getTranslation("service.back"), ServiceListView.class);
        Div links = new Div(print, back);
        links.addClassName("page-links");
        return links;
    }

    private static Details details(String summary, Component content) {
        Details details = new Details(summary, content);
        details.addClassName("component-details");
        return details;
    }

    private static Section section(String id, String title, Component content) {
        Section section = new Section();
        section.addClassName("component");
        H2 heading = new H2(title);
        heading.setId("component-" + id);
        section.getElement().setAttribute("aria-labelledby", "component-" + id);
        section.add(heading, content);
        return section;
    }

    static OrderedList ordered(List<LocalizedText> items, Locale locale) {
        OrderedList list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i.in(locale))));
        return list;
    }

    static UnorderedList unordered(List<LocalizedText> items, Locale locale) {
        UnorderedList list = new UnorderedList();
        items.forEach(i -> list.add(new ListItem(i.in(locale))));
        return list;
    }

    /** Lines that carry their own numbering (a., b., ...), so no list markers of ours. */
    static Div plain(List<LocalizedText> items, Locale locale) {
        Div lines = new Div();
        lines.addClassName("plain-lines");
        items.forEach(i -> lines.add(new Paragraph(i.in(locale))));
        return lines;
    }
}
