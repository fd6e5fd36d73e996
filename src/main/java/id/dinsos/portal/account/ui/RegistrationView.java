package id.dinsos.portal.account.ui;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.account.ConsentPurpose;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PasswordPolicy;
import id.dinsos.portal.account.Registration;
import id.dinsos.portal.account.RegistrationService;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.office.Regions.Region;
import id.dinsos.portal.shared.PortalProperties;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * A citizen registers: name, NIK, e-mail, mobile number, address (a desa/kelurahan of the office's
 * area, or an address elsewhere), password and consents. Every problem is shown next to its field at
 * once, and nothing typed is lost (the page re-renders only on a language switch, and keeps values).
 */
@Route(value = "daftar", layout = PublicLayout.class)
@AnonymousAllowed
public class RegistrationView extends PublicPage {

    private final RegistrationService registration;
    private final Regions regions;
    private final PortalProperties portal;

    private final TextField fullName = new TextField();
    private final TextField nik = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final RadioButtonGroup<Boolean> livesInArea = new RadioButtonGroup<>();
    private final ComboBox<Region> district = new ComboBox<>();
    private final ComboBox<Region> village = new ComboBox<>();
    private final TextField addressLine = new TextField();
    private final TextArea addressOutside = new TextArea();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordRepeat = new PasswordField();
    private final Checkbox privacyConsent = new Checkbox();
    private final Checkbox surveyConsent = new Checkbox();
    private final Span consentError = new Span();
    private boolean done;

    public RegistrationView(RegistrationService registration, Regions regions, PortalProperties portal) {
        this.registration = registration;
        this.regions = regions;
        this.portal = portal;
        addClassName("registration");
        fullName.setId("reg-name");
        nik.setId("reg-nik");
        nik.setMaxLength(20);
        nik.setAllowedCharPattern("[0-9 .]");
        email.setId("reg-email");
        phone.setId("reg-phone");
        phone.setAllowedCharPattern("[0-9 +\\-.]");
        livesInArea.setId("reg-area");
        livesInArea.setItems(true, false);
        livesInArea.setValue(true);
        district.setId("reg-district");
        district.setItems(regions.districts());
        district.setItemLabelGenerator(Region::name);
        village.setId("reg-village");
        village.setItemLabelGenerator(Region::name);
        village.setEnabled(false);
        district.addValueChangeListener(e -> {
            village.clear();
            village.setItems(e.getValue() == null ? java.util.List.of() : regions.villagesOf(e.getValue().code()));
            village.setEnabled(e.getValue() != null);
        });
        addressLine.setId("reg-address");
        addressOutside.setId("reg-address-outside");
        livesInArea.addValueChangeListener(e -> showAddressFields());
        password.setId("reg-password");
        passwordRepeat.setId("reg-password-repeat");
        privacyConsent.setId("reg-consent-privacy");
        surveyConsent.setId("reg-consent-survey");
        consentError.addClassName("field-error");
        consentError.setId("reg-consent-error");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {fullName, nik, email, phone, addressLine,
                addressOutside, password, passwordRepeat}) {
            ((com.vaadin.flow.component.HasValueAndElement<?, ?>) field).setRequiredIndicatorVisible(true);
        }
    }

    @Override
    protected String title() {
        return getTranslation("register.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("register.title")));
        if (done) {
            renderDone();
            return;
        }
        add(new Paragraph(getTranslation("register.intro")));
        fullName.setLabel(getTranslation("register.name"));
        fullName.setHelperText(getTranslation("register.name.help"));
        nik.setLabel(getTranslation("register.nik"));
        nik.setHelperText(getTranslation("register.nik.help"));
        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("register.email.help"));
        phone.setLabel(getTranslation("register.phone"));
        phone.setHelperText(getTranslation("register.phone.help"));
        livesInArea.setLabel(getTranslation("register.area"));
        livesInArea.setItemLabelGenerator(inArea -> inArea ? getTranslation("register.area.inside")
                : getTranslation("register.area.outside"));
        district.setLabel(getTranslation("register.district"));
        village.setLabel(getTranslation("register.village"));
        addressLine.setLabel(getTranslation("register.address"));
        addressLine.setHelperText(getTranslation("register.address.help"));
        addressOutside.setLabel(getTranslation("register.address.outside"));
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", PasswordPolicy.MIN_LENGTH));
        passwordRepeat.setLabel(getTranslation("register.password.repeat"));
        privacyConsent.setLabel(getTranslation("consent.PRIVACY_NOTICE"));
        surveyConsent.setLabel(getTranslation("consent.SURVEY_CONTACT"));
        Anchor privacyLink = new Anchor("privasi", getTranslation("register.privacy.read"));
        privacyLink.setTarget("_blank");

        Section person = section("register.section.person", fullName, nik, email, phone);
        Section address = section("register.section.address", livesInArea, district, village, addressLine,
                addressOutside);
        Section secret = section("register.section.password", password, passwordRepeat);
        Section consent = section("register.section.consent", new Paragraph(getTranslation("register.consent.intro")),
                privacyLink, privacyConsent, surveyConsent, consentError);
        Button submit = new Button(getTranslation("register.submit"), e -> submit());
        submit.setId("reg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div already = new Div(new Span(getTranslation("register.already")),
                new RouterLink(getTranslation("register.login"), LoginView.class));
        already.addClassName("page-links");
        add(person, address, secret, consent, submit, already);
        showAddressFields();
    }

    private Section section(String titleKey, Component... fields) {
        Section section = new Section();
        section.addClassName("form-section");
        section.add(new H2(getTranslation(titleKey)));
        Div column = new Div(fields);
        column.addClassName("form-column");
        section.add(column);
        return section;
    }

    private void showAddressFields() {
        boolean inArea = Boolean.TRUE.equals(livesInArea.getValue());
        district.setVisible(inArea);
        village.setVisible(inArea);
        addressLine.setVisible(inArea);
        addressOutside.setVisible(!inArea);
    }

    private void submit() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("fullName", fullName);
        fields.put("nik", nik);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("region", village);
        fields.put("addressLine", addressLine);
        fields.put("addressOutside", addressOutside);
        fields.put("password", password);
        fields.put("passwordRepeat", passwordRepeat);
        fields.values().forEach(f -> f.setInvalid(false));
        consentError.setText("");

        Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);
        if (privacyConsent.getValue()) {
            consents.add(ConsentPurpose.PRIVACY_NOTICE);
        }
        if (surveyConsent.getValue()) {
            consents.add(ConsentPurpose.SURVEY_CONTACT);
        }
        boolean inArea = Boolean.TRUE.equals(livesInArea.getValue());
        Registration form = new Registration(fullName.getValue(), nik.getValue(), email.getValue(), phone.getValue(),
                inArea && village.getValue() != null ? village.getValue().code() : null,
                inArea ? addressLine.getValue() : null, inArea ? null : addressOutside.getValue(),
                password.getValue(), passwordRepeat.getValue(), consents);
        try {
            registration.register(form, getLocale());
            done = true;
            removeAll();
            render(getLocale());
        } catch (FormRejectedException rejected) {
            Component first = null;
            for (FieldProblem problem : rejected.problems()) {
                String message = getTranslation(problem.messageKey(), problem.args());
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                    if (first == null && field instanceof Component c) {
                        first = c;
                    }
                } else if (problem.field().startsWith("consent.")) {
                    consentError.setText(message);
                    if (first == null) {
                        first = privacyConsent;
                    }
                }
            }
            if (first instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
    }

    private void renderDone() {
        Div box = new Div();
        box.addClassName("call-to-action");
        box.setId("reg-done");
        box.add(new H2(getTranslation("register.done.title")), new Paragraph(getTranslation("register.done.text")));
        if (portal.demo()) {
            box.add(new Paragraph(getTranslation("register.done.demo")), new Anchor("demo/surat",
                    getTranslation("register.done.demo.link")));
        }
        add(box);
    }
}
