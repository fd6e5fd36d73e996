package id.dinsos.portal.account.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PasswordPolicy;
import id.dinsos.portal.account.PasswordResetService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * The target of a password link (a new staff member's welcome, or "forgot password"): choose a
 * password, once. A link that is used or expired says so at once and points to a new request.
 */
@Route(value = "akun/atur-sandi", layout = PublicLayout.class)
@AnonymousAllowed
public class SetPasswordView extends PublicPage implements BeforeEnterObserver {

    private final PasswordResetService passwords;
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordRepeat = new PasswordField();
    private String token = "";
    private State state = State.FORM;

    private enum State { FORM, INVALID, DONE }

    public SetPasswordView(PasswordResetService passwords) {
        this.passwords = passwords;
        password.setId("set-password");
        passwordRepeat.setId("set-password-repeat");
        for (PasswordField field : new PasswordField[] {password, passwordRepeat}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
            field.setMaxWidth("28rem");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        state = passwords.linkUsable(token) ? State.FORM : State.INVALID;
    }

    @Override
    protected String title() {
        return getTranslation("setpassword.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("setpassword.title")));
        switch (state) {
            case INVALID -> {
                Paragraph invalid = new Paragraph(getTranslation("validation.reset.link"));
                invalid.setId("set-password-result");
                add(invalid, new RouterLink(getTranslation("setpassword.again"), ForgotPasswordView.class));
            }
            case DONE -> {
                Paragraph done = new Paragraph(getTranslation("setpassword.done"));
                done.setId("set-password-result");
                done.getElement().setAttribute("role", "status");
                add(done, new RouterLink(getTranslation("verify.login"), LoginView.class));
            }
            case FORM -> {
                password.setLabel(getTranslation("setpassword.password"));
                password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
                passwordRepeat.setLabel(getTranslation("register.password.repeat"));
                Button submit = new Button(getTranslation("setpassword.submit"), e -> submit());
                submit.setId("set-password-submit");
                submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Div column = new Div(password, passwordRepeat, submit);
                column.addClassName("form-column");
                add(new Paragraph(getTranslation("setpassword.intro")), column);
            }
        }
    }

    private void submit() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("password", password);
        fields.put("passwordRepeat", passwordRepeat);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            passwords.setPassword(token, password.getValue(), passwordRepeat.getValue());
            state = State.DONE;
        } catch (FormRejectedException rejected) {
            boolean focused = false;
            for (FieldProblem problem : rejected.problems()) {
                HasValidation field = fields.get(problem.field());
                if (field == null) {
                    // The link itself (used meanwhile, or expired while the person typed).
                    state = State.INVALID;
                    continue;
                }
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
                field.setInvalid(true);
                if (!focused && field instanceof Focusable<?> focusable) {
                    focusable.focus();
                    focused = true;
                }
            }
            if (state == State.FORM) {
                return;
            }
        }
        password.clear();
        passwordRepeat.clear();
        removeAll();
        render(getLocale());
    }
}
