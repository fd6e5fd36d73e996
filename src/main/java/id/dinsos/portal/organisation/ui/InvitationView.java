package id.dinsos.portal.organisation.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.organisation.InvitationPreview;
import id.dinsos.portal.organisation.InvitationRefusedException;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.PermitAll;

/**
 * The target of an invitation e-mail's link. A visitor who is not signed in is sent to sign in first
 * (Vaadin's access control) and brought back to this link afterwards. The person sees which
 * organisation invites them and accepts with a button: opening the link alone changes nothing, so a
 * mail scanner that follows links cannot accept on anyone's behalf.
 */
@Route(value = "organisasi/undangan", layout = PublicLayout.class)
@PermitAll
public class InvitationView extends PublicPage implements BeforeEnterObserver {

    private final OrganisationService organisations;
    private final OfficeService office;
    private final transient AuthenticationContext authentication;
    private String token = "";
    private @Nullable InvitationPreview preview;
    private @Nullable InvitationRefusedException refused;

    public InvitationView(OrganisationService organisations, OfficeService office,
                          AuthenticationContext authentication) {
        this.organisations = organisations;
        this.office = office;
        this.authentication = authentication;
        addClassName("invitation");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("").strip();
        load();
    }

    private void load() {
        preview = null;
        refused = null;
        try {
            if (token.isEmpty()) {
                throw new InvitationRefusedException(InvitationRefusedException.Reason.UNKNOWN);
            }
            preview = organisations.invitation(token);
        } catch (InvitationRefusedException e) {
            refused = e;
        }
    }

    @Override
    protected String title() {
        return getTranslation("organisation.invitation.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("organisation.invitation.title")));
        Paragraph result = new Paragraph();
        result.setId("invitation-result");
        add(result);
        InvitationPreview invitation = preview;
        if (refused != null || invitation == null) {
            result.setText(getTranslation(refused == null ? InvitationRefusedException.Reason.UNKNOWN.messageKey()
                    : refused.messageKey()));
            add(links());
            return;
        }
        if (invitation.alreadyMember()) {
            result.setText(getTranslation("organisation.invitation.alreadyMember", invitation.organisationName()));
            add(new RouterLink(getTranslation("organisation.invitation.open", invitation.organisationName()),
                    OrganisationView.class, routeTo(invitation.organisationId())));
            return;
        }
        if (!invitation.forSignedInAccount()) {
            result.setText(getTranslation(InvitationRefusedException.Reason.OTHER_ACCOUNT.messageKey()));
            Paragraph which = new Paragraph(getTranslation("organisation.invitation.otherAccount.hint",
                    invitation.maskedEmail()));
            Button logout = new Button(getTranslation("organisation.invitation.logout"), e -> authentication.logout());
            logout.setId("invitation-logout");
            add(which, logout);
            return;
        }
        result.setText(getTranslation("organisation.invitation.text", invitation.inviterName(),
                invitation.organisationName()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        ZoneId zone = office.profile().hours().zone();
        Paragraph until = new Paragraph(getTranslation("organisation.invitation.until",
                dates.format(invitation.expiresAt().atZone(zone)), getTranslation("zone." + zone.getId())));
        Button accept = new Button(getTranslation("organisation.invitation.accept"), e -> accept());
        accept.setId("invitation-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H2(invitation.organisationName()), until, accept);
        box.addClassName("call-to-action");
        add(box, new Paragraph(getTranslation("organisation.invitation.ignore")));
    }

    private void accept() {
        try {
            long id = organisations.acceptInvitation(token);
            getUI().ifPresent(ui -> ui.navigate(OrganisationView.class, routeTo(id)));
        } catch (InvitationRefusedException e) {
            preview = null;
            refused = e;
            removeAll();
            render(getLocale());
        }
    }

    private Div links() {
        Div links = new Div(new RouterLink(getTranslation("organisation.invitation.toList"), OrganisationsView.class));
        links.addClassName("page-links");
        return links;
    }

    private static RouteParameters routeTo(long organisationId) {
        return new RouteParameters(OrganisationView.ID, String.valueOf(organisationId));
    }
}
