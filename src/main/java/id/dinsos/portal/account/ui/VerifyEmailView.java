package id.dinsos.portal.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/** The target of the verification link: confirms the address once, then points to sign-in. */
@Route(value = "akun/verifikasi-email", layout = PublicLayout.class)
@AnonymousAllowed
public class VerifyEmailView extends PublicPage implements BeforeEnterObserver {

    private final RegistrationService registration;
    private Boolean verified;

    public VerifyEmailView(RegistrationService registration) {
        this.registration = registration;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (verified == null) {
            String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
            verified = !token.isBlank() && registration.verifyEmail(token);
        }
    }

    @Override
    protected String title() {
        return getTranslation("verify.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("verify.title")));
        if (Boolean.TRUE.equals(verified)) {
            Paragraph ok = new Paragraph(getTranslation("verify.ok"));
            ok.setId("verify-result");
            add(ok, new RouterLink(getTranslation("verify.login"), LoginView.class));
        } else {
            Paragraph failed = new Paragraph(getTranslation("verify.failed"));
            failed.setId("verify-result");
            add(failed, new RouterLink(getTranslation("login.register"), RegistrationView.class));
        }
    }
}
