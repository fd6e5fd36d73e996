package id.dinsos.portal.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * "Forgot password": the person gives their e-mail address and is told that a link is on its way if
 * an account has it. The answer is the same whether or not one does, so the page reveals nothing.
 */
@Route(value = "akun/lupa-sandi", layout = PublicLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage {

    private final PasswordResetService passwords;
    private final EmailField email = new EmailField();
    private boolean sent;

    public ForgotPasswordView(PasswordResetService passwords) {
        this.passwords = passwords;
        email.setId("forgot-email");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setMaxWidth("28rem");
    }

    @Override
    protected String title() {
        return getTranslation("forgot.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("forgot.title")));
        if (sent) {
            Paragraph done = new Paragraph(getTranslation("forgot.sent"));
            done.setId("forgot-result");
            done.getElement().setAttribute("role", "status");
            add(done, new RouterLink(getTranslation("forgot.back"), LoginView.class));
            return;
        }
        email.setLabel(getTranslation("forgot.email"));
        email.setHelperText(getTranslation("forgot.email.help"));
        email.setErrorMessage(getTranslation("validation.email.format"));
        Button submit = new Button(getTranslation("forgot.submit"), e -> submit());
        submit.setId("forgot-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div links = new Div(new RouterLink(getTranslation("forgot.back"), LoginView.class));
        links.addClassName("page-links");
        add(new Paragraph(getTranslation("forgot.intro")), email, new Div(submit), links);
    }

    private void submit() {
        String address = email.getValue() == null ? "" : email.getValue().strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            email.setInvalid(true);
            email.focus();
            return;
        }
        passwords.requestReset(address, getLocale());
        sent = true;
        removeAll();
        render(getLocale());
    }
}
