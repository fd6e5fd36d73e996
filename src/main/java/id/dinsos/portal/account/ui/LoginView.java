package id.dinsos.portal.account.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * Sign-in with e-mail or NIK and password. The form posts to Spring Security; a failure comes back
 * as {@code ?error=credentials|locked|unverified} and is said in plain words, never revealing
 * whether an account exists.
 */
@Route(value = "masuk", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends PublicPage implements BeforeEnterObserver {

    private String error = "";

    public LoginView() {
        addClassName("login-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error = event.getLocation().getQueryParameters().getParameters().getOrDefault("error", List.of())
                .stream().findFirst().orElse("");
    }

    @Override
    protected String title() {
        return getTranslation("login.title");
    }

    @Override
    protected void render(Locale locale) {
        LoginForm form = new LoginForm();
        form.setAction("masuk");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.identifier"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(texts);
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        String kind = switch (error) {
            case "locked" -> "locked";
            case "unverified" -> "unverified";
            default -> "credentials";
        };
        message.setTitle(getTranslation("login.error." + kind + ".title"));
        message.setMessage(getTranslation("login.error." + kind + ".text"));
        message.setUsername(getTranslation("login.identifier.required"));
        message.setPassword(getTranslation("login.password.required"));
        i18n.setErrorMessage(message);
        form.setI18n(i18n);
        form.setError(!error.isEmpty());

        Div links = new Div(new Paragraph(getTranslation("login.noaccount")),
                new RouterLink(getTranslation("login.register"), RegistrationView.class));
        links.addClassName("page-links");
        add(new H1(getTranslation("login.title")), new Paragraph(getTranslation("login.intro")), form, links);
    }
}
