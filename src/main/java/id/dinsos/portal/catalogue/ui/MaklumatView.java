package id.dinsos.portal.catalogue.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/** The Maklumat Pelayanan: the office's public pledge to keep its Standar Pelayanan, signed by its head. */
@Route(value = "maklumat", layout = PublicLayout.class)
@AnonymousAllowed
public class MaklumatView extends PublicPage {

    private final OfficeService office;
    private final CatalogueService catalogue;

    public MaklumatView(OfficeService office, CatalogueService catalogue) {
        this.office = office;
        this.catalogue = catalogue;
        addClassName("maklumat");
    }

    @Override
    protected String title() {
        return getTranslation("maklumat.title");
    }

    @Override
    protected void render(Locale locale) {
        OfficeProfile profile = office.profile();
        OfficeProfile.Maklumat maklumat = profile.maklumat();

        Section pledge = new Section();
        pledge.addClassName("maklumat-pledge");
        pledge.add(new H1(getTranslation("maklumat.title")));
        Paragraph office = new Paragraph(profile.fullName().in(locale));
        office.addClassName("lead");
        pledge.add(office);
        maklumat.text().forEach(p -> pledge.add(new Paragraph(p.in(locale))));

        Div signature = new Div();
        signature.addClassName("signature");
        signature.add(new Paragraph(getTranslation("maklumat.place", maklumat.place(),
                        maklumat.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)))),
                line(profile.head().title().in(locale), "signature-title"),
                line(profile.head().name(), "signature-name"),
                line(profile.head().rank(), "signature-rank"),
                line(getTranslation("maklumat.nip", profile.head().nip()), "signature-nip"));
        pledge.add(signature);

        Section standard = new Section();
        standard.addClassName("maklumat-standard");
        H2 heading = new H2(getTranslation("maklumat.standard"));
        standard.add(heading, new Paragraph(getTranslation("maklumat.standard.text",
                catalogue.services().size(), profile.standardDecree().number())));
        add(pledge, standard);
    }

    private static Div line(String text, String className) {
        Div div = new Div(new Span(text));
        div.addClassName(className);
        return div;
    }
}
