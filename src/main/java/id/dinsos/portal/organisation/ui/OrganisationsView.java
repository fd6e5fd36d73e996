package id.dinsos.portal.organisation.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import com.vaadin.flow.spring.security.AuthenticationContext;

import id.dinsos.portal.account.AccountKind;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.organisation.OrganisationSummary;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's organisations, and the form to register a new one (whose administrator
 * they become).
 */
@Route(value = "organisasi", layout = PublicLayout.class)
@PermitAll
public class OrganisationsView extends PublicPage {

    private final OrganisationService organisations;
    private final OrganisationForm form = new OrganisationForm("org");
    private final Paragraph formError = new Paragraph();

    private final transient AuthenticationContext authentication;

    public OrganisationsView(OrganisationService organisations, AuthenticationContext authentication) {
        this.organisations = organisations;
        this.authentication = authentication;
        addClassName("organisations");
        formError.setId("org-create-error");
        formError.addClassName("field-error");
        formError.getElement().setAttribute("role", "alert");
    }

    @Override
    protected String title() {
        return getTranslation("organisation.list.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("organisation.list.title")),
                new Paragraph(getTranslation("organisation.list.intro")));
        List<OrganisationSummary> mine = organisations.myOrganisations();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("organisation.list.none"));
            none.setId("org-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("org-list");
            list.addClassName("key-facts");
            for (OrganisationSummary organisation : mine) {
                RouterLink link = new RouterLink(organisation.name(), OrganisationView.class,
                        new RouteParameters(OrganisationView.ID, String.valueOf(organisation.id())));
                link.addClassName("org-link");
                Span facts = new Span(getTranslation("organisation.list.item",
                        getTranslation("organisation.legalForm." + organisation.legalForm().name()),
                        getTranslation("organisation.role." + organisation.role().name())));
                facts.addClassName("fact");
                ListItem item = new ListItem(link, new Paragraph(facts));
                list.add(item);
            }
            add(list);
        }

        Section create = new Section();
        create.addClassName("form-section");
        boolean citizen = authentication.getAuthenticatedUser(PortalUser.class)
                .map(u -> u.kind() == AccountKind.CITIZEN).orElse(false);
        if (!citizen) {
            // Staff act for the office, not for an institution: the service would refuse them anyway.
            create.add(new H2(getTranslation("organisation.create.title")),
                    new Paragraph(getTranslation("organisation.create.citizensOnly")));
            add(create);
            return;
        }
        form.localize(locale);
        Button submit = new Button(getTranslation("organisation.create.submit"), e -> create());
        submit.setId("org-create");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.add(new H2(getTranslation("organisation.create.title")),
                new Paragraph(getTranslation("organisation.create.intro")), form, formError, submit);
        add(create);
    }

    private void create() {
        formError.setText("");
        try {
            long id = organisations.create(form.value());
            getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                    new RouteParameters(OrganisationView.ID, String.valueOf(id))));
        } catch (FormRejectedException rejected) {
            List<FieldProblem> others = form.showProblems(rejected.problems());
            others.stream().findFirst().ifPresent(p -> formError.setText(getTranslation(p.messageKey(), p.args())));
        }
    }
}
