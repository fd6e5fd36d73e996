package id.dinsos.portal.intake.ui;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.account.StaffRole;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.Applicant;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationService.KnownPerson;
import id.dinsos.portal.shared.identity.PhoneNumber;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The counter (loket): front-office staff enter a walk-in person's application, and a social worker
 * (PSM/TKSK) one for a resident of their kecamatan. Built for the clerk at 08:00 with a queue: type
 * the NIK and press Enter, what the office knows is filled in, pick the service, and the application
 * page opens with its form and an upload slot per requirement (a scan or a phone photo of each paper).
 */
@Route(value = "loket", layout = PublicLayout.class)
@RolesAllowed({"FRONT_OFFICE", "SOCIAL_WORKER"})
public class CounterView extends PublicPage {

    private final ApplicationService applications;
    private final CatalogueService catalogue;
    private final transient AuthenticationContext authentication;

    private final TextField nik = new TextField();
    private final Button lookUp = new Button();
    private final Paragraph found = new Paragraph();
    private final TextField name = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<ServiceDefinition> service = new ComboBox<>();
    private final RadioButtonGroup<String> variant = new RadioButtonGroup<>();
    private final Button create = new Button();
    private final Paragraph error = new Paragraph();
    private final Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();

    public CounterView(ApplicationService applications, CatalogueService catalogue,
                       AuthenticationContext authentication) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.authentication = authentication;
        addClassName("counter");
        nik.setId("counter-nik");
        nik.setAllowedCharPattern("[0-9 .]");
        nik.setMaxLength(24);
        nik.setRequiredIndicatorVisible(true);
        nik.addKeyPressListener(Key.ENTER, e -> lookUp());
        lookUp.setId("counter-lookup");
        lookUp.addClickListener(e -> lookUp());
        found.setId("counter-found");
        found.getElement().setAttribute("role", "status");
        found.getElement().setAttribute("aria-live", "polite");
        name.setId("counter-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        phone.setId("counter-phone");
        phone.setAllowedCharPattern("[0-9 +\\-]");
        email.setId("counter-email");
        service.setId("counter-service");
        service.setRequiredIndicatorVisible(true);
        variant.setId("counter-variant");
        variant.setVisible(false);
        service.addValueChangeListener(e -> showVariants(e.getValue()));
        create.setId("counter-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        error.setId("counter-error");
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        for (var field : List.of(nik, name, phone, email)) {
            field.setWidthFull();
        }
        service.setWidthFull();
        fields.put("applicant.nik", nik);
        fields.put("applicant.name", name);
        fields.put("applicant.phone", phone);
        fields.put("applicant.email", email);
        fields.put("service", service);
    }

    @Override
    protected String title() {
        return getTranslation("intake.counter.title");
    }

    @Override
    protected void render(Locale locale) {
        boolean socialWorker = !holds(StaffRole.FRONT_OFFICE);
        nik.setLabel(getTranslation("intake.counter.nik"));
        nik.setHelperText(getTranslation("intake.counter.nik.help"));
        lookUp.setText(getTranslation("intake.counter.lookup"));
        name.setLabel(getTranslation("intake.counter.name"));
        phone.setLabel(getTranslation("intake.counter.phone"));
        phone.setHelperText(getTranslation("intake.counter.phone.help"));
        email.setLabel(getTranslation("intake.counter.email"));
        service.setLabel(getTranslation("intake.counter.service"));
        service.setItemLabelGenerator(s -> s.name().in(locale));
        service.setItems(services(socialWorker));
        variant.setLabel(getTranslation("intake.counter.variant"));
        showVariants(service.getValue());
        create.setText(getTranslation("intake.counter.create"));

        Div search = new Div(nik, lookUp);
        search.addClassName("counter-search");
        Section person = new Section(new H2(getTranslation("intake.counter.person")), search, found, name, phone, email);
        person.addClassName("form-section");
        Section what = new Section(new H2(getTranslation("intake.counter.what")), service, variant, error, create);
        what.addClassName("form-section");
        add(new H1(getTranslation("intake.counter.title")),
                new Paragraph(getTranslation(socialWorker ? "intake.counter.intro.socialWorker" : "intake.counter.intro")),
                person, what);
        nik.focus();
    }

    private List<ServiceDefinition> services(boolean socialWorker) {
        return catalogue.services().stream()
                .filter(s -> !socialWorker || applications.socialWorkerServices().contains(s.code()))
                .sorted(Comparator.comparing(ServiceDefinition::order))
                .toList();
    }

    private void showVariants(@Nullable ServiceDefinition chosen) {
        boolean has = chosen != null && !chosen.variants().isEmpty();
        variant.setVisible(has);
        if (has) {
            Locale locale = getLocale();
            variant.setItems(chosen.variants().stream().map(ServiceDefinition.Variant::code).toList());
            variant.setItemLabelGenerator(code -> chosen.variants().stream().filter(v -> v.code().equals(code))
                    .findFirst().map(v -> v.name().in(locale)).orElse(code));
        } else {
            variant.clear();
        }
    }

    private void lookUp() {
        clearProblems();
        Optional<KnownPerson> known = applications.lookUpByNik(nik.getValue());
        if (known.isPresent()) {
            KnownPerson person = known.get();
            name.setValue(person.name());
            // As the clerk types it: 081234567890, not +6281234567890.
            phone.setValue(person.phone() == null ? "" : PhoneNumber.parse(person.phone()).local());
            email.setValue(person.email() == null ? "" : person.email());
            found.setText(getTranslation(person.hasAccount() ? "intake.counter.found.account" : "intake.counter.found.earlier"));
            service.focus();
        } else {
            found.setText(getTranslation("intake.counter.found.none"));
            name.focus();
        }
    }

    private void create() {
        clearProblems();
        ServiceDefinition chosen = service.getValue();
        if (chosen == null) {
            service.setErrorMessage(getTranslation("intake.counter.service.required"));
            service.setInvalid(true);
            service.focus();
            return;
        }
        try {
            long id = applications.startCounterDraft(chosen.code(), variant.isVisible() ? variant.getValue() : null,
                    new Applicant(name.getValue(), nik.getValue(), phone.getValue(), email.getValue()), null);
            getUI().ifPresent(ui -> ui.navigate("permohonan/" + id));
        } catch (FormRejectedException rejected) {
            showProblems(rejected.problems());
        } catch (AccessDeniedException refused) {
            error.setText(getTranslation("intake.counter.refused"));
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        com.vaadin.flow.component.Component first = null;
        for (FieldProblem problem : problems) {
            var field = fields.get(problem.field());
            String message = getTranslation(problem.messageKey(), problem.args());
            if (field == null) {
                error.setText(message);
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            if (first == null) {
                first = (com.vaadin.flow.component.Component) field;
            }
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
        error.setText("");
    }

    private boolean holds(StaffRole role) {
        return authentication.getAuthenticatedUser(PortalUser.class)
                .map(u -> u.grants().stream().anyMatch(g -> g.role() == role)).orElse(false);
    }
}
