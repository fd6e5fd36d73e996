package id.dinsos.portal.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.account.ConsentPurpose;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/** The privacy notice (UU 27/2022): what the office keeps, why, for how long, and the person's rights. */
@Route(value = "privasi", layout = PublicLayout.class)
@AnonymousAllowed
public class PrivacyView extends PublicPage {

    private final OfficeService office;

    public PrivacyView(OfficeService office) {
        this.office = office;
    }

    @Override
    protected String title() {
        return getTranslation("privacy.title");
    }

    @Override
    protected void render(Locale locale) {
        String officeName = office.profile().fullName().in(locale);
        add(new H1(getTranslation("privacy.title")),
                new Paragraph(getTranslation("privacy.version", ConsentPurpose.PRIVACY_NOTICE.textVersion())));
        for (String part : new String[] {"who", "what", "why", "share", "keep", "rights", "contact"}) {
            add(new H2(getTranslation("privacy." + part + ".title")),
                    new Paragraph(getTranslation("privacy." + part + ".text", officeName, office.profile().email())));
        }
    }
}
