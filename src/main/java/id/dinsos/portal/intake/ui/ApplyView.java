package id.dinsos.portal.intake.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import id.dinsos.portal.account.CurrentUser;
import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.account.FormRejectedException;
import id.dinsos.portal.account.PortalUser;
import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.Channel;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.intake.ApplicationService;
import id.dinsos.portal.intake.ApplicationStateException;
import id.dinsos.portal.intake.Beneficiary;
import id.dinsos.portal.organisation.OrganisationService;
import id.dinsos.portal.organisation.OrganisationSummary;
import id.dinsos.portal.shared.RecordNotFoundException;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;
import jakarta.annotation.security.RolesAllowed;

/**
 * The first step of an application on the portal: for whom (the person, a family member, or an
 * organisation they belong to) and, where the service has them, which kind. The applicant's own
 * details come from the account. It makes the draft and opens it. A visitor who is not signed in is
 * asked to sign in first and brought back here.
 */
@Route(value = "layanan/:code/ajukan", layout = PublicLayout.class)
@RolesAllowed("CITIZEN")
public class ApplyView extends PublicPage implements BeforeEnterObserver {

    /** For whom the application is made. */
    enum ForWhom { SELF, FAMILY, ORGANISATION }

    private final CatalogueService catalogue;
    private final ApplicationService applications;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;

    private @Nullable ServiceDefinition service;
    private List<OrganisationSummary> myOrganisations = List.of();

    private final RadioButtonGroup<ForWhom> forWhom = new RadioButtonGroup<>();
    private final TextField familyName = new TextField();
    private final TextField familyNik = new TextField();
    private final RadioButtonGroup<String> relation = new RadioButtonGroup<>();
    private final RadioButtonGroup<OrganisationSummary> organisation = new RadioButtonGroup<>();
    private final RadioButtonGroup<String> variant = new RadioButtonGroup<>();
    private final Div familyFields = new Div();
    private final Paragraph formError = new Paragraph();

    public ApplyView(CatalogueService catalogue, ApplicationService applications, OrganisationService organisations,
                     CurrentUser currentUser) {
        this.catalogue = catalogue;
        this.applications = applications;
        this.organisations = organisations;
        this.currentUser = currentUser;
        addClassName("apply");
        forWhom.setId("apply-for");
        forWhom.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        forWhom.setRequiredIndicatorVisible(true);
        forWhom.addValueChangeListener(e -> showChoices());
        familyName.setId("apply-family-name");
        familyName.setMaxLength(200);
        familyName.setRequiredIndicatorVisible(true);
        familyNik.setId("apply-family-nik");
        familyNik.setMaxLength(24);
        familyNik.setAllowedCharPattern("[0-9 .]");
        familyNik.getElement().setAttribute("inputmode", "numeric");
        relation.setId("apply-family-relation");
        relation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        relation.setItems(Beneficiary.RELATIONS);
        relation.setRequiredIndicatorVisible(true);
        organisation.setId("apply-organisation");
        organisation.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        organisation.setRequiredIndicatorVisible(true);
        variant.setId("apply-variant");
        variant.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        variant.setRequiredIndicatorVisible(true);
        for (HasValidation field : fields()) {
            field.setManualValidation(true);
        }
        for (TextField field : List.of(familyName, familyNik)) {
            field.setWidthFull();
        }
        familyFields.addClassName("form-column");
        familyFields.setId("apply-family");
        familyFields.add(familyName, familyNik, relation);
        formError.setId("apply-error");
        formError.addClassName("field-error");
        formError.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        ServiceDefinition found = catalogue.service(code).orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (service == null || !service.code().equals(found.code())) {
            forWhom.clear();
            variant.clear();
        }
        service = found;
        myOrganisations = organisations.myOrganisations();
        organisation.setItems(myOrganisations);
        variant.setItems(found.variants().stream().map(ServiceDefinition.Variant::code).toList());
        if (found.channel() == Channel.DPMPTSP) {
            forWhom.setItems(ForWhom.ORGANISATION);
            forWhom.setValue(ForWhom.ORGANISATION);
        } else if (myOrganisations.isEmpty()) {
            forWhom.setItems(ForWhom.SELF, ForWhom.FAMILY);
        } else {
            forWhom.setItems(ForWhom.values());
        }
        if (forWhom.getValue() == null) {
            forWhom.setValue(found.channel() == Channel.DPMPTSP ? ForWhom.ORGANISATION : ForWhom.SELF);
        }
        if (myOrganisations.size() == 1) {
            organisation.setValue(myOrganisations.getFirst());
        }
    }

    @Override
    protected String title() {
        return service == null ? getTranslation("intake.apply.title.short")
                : getTranslation(titleKey(service), service.name().in(getLocale()));
    }

    private static String titleKey(ServiceDefinition service) {
        return service.channel() == Channel.REPORT ? "intake.apply.title.report" : "intake.apply.title";
    }

    @Override
    protected void render(Locale locale) {
        ServiceDefinition s = service;
        if (s == null) {
            return;
        }
        Anchor serviceLink = new Anchor("layanan/" + s.code(), s.name().in(locale));
        Nav crumbs = new Nav(serviceLink);
        crumbs.addClassName("breadcrumbs");
        crumbs.getElement().setAttribute("aria-label", getTranslation("breadcrumbs.label"));
        add(crumbs, new H1(getTranslation(titleKey(s), s.name().in(locale))));

        if (s.channel() == Channel.COUNTER) {
            Paragraph counter = new Paragraph(getTranslation("intake.apply.counter-only"));
            counter.setId("apply-counter-only");
            add(counter, links(s, locale));
            return;
        }
        String name = currentUser.get().map(PortalUser::fullName).orElse("");
        add(new Paragraph(getTranslation(s.channel() == Channel.REPORT ? "intake.apply.intro.report"
                : "intake.apply.intro", name)));

        if (s.channel() == Channel.DPMPTSP && myOrganisations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("intake.apply.organisation.none"));
            none.setId("apply-no-organisation");
            Anchor register = new Anchor("organisasi", getTranslation("intake.apply.organisation.register"));
            add(none, new Paragraph(register), links(s, locale));
            return;
        }

        Section choices = new Section();
        choices.addClassName("form-section");
        Div column = new Div();
        column.addClassName("form-column");
        if (s.channel() != Channel.REPORT) {
            forWhom.setLabel(getTranslation("intake.apply.for"));
            forWhom.setItemLabelGenerator(choice -> getTranslation("intake.apply.for." + choice.name()));
            column.add(forWhom);
            familyName.setLabel(getTranslation("intake.apply.family.name"));
            familyName.setHelperText(getTranslation("intake.apply.family.name.help"));
            familyNik.setLabel(getTranslation("intake.apply.family.nik"));
            familyNik.setHelperText(getTranslation("intake.apply.family.nik.help"));
            relation.setLabel(getTranslation("intake.apply.family.relation"));
            relation.setItemLabelGenerator(code -> getTranslation("intake.relation." + code));
            organisation.setLabel(getTranslation("intake.apply.organisation"));
            organisation.setHelperText(getTranslation("intake.apply.organisation.help"));
            organisation.setItemLabelGenerator(OrganisationSummary::name);
            column.add(familyFields, organisation);
        }
        if (!s.variants().isEmpty()) {
            variant.setLabel(getTranslation("intake.apply.variant"));
            variant.setItemLabelGenerator(code -> s.variants().stream().filter(v -> v.code().equals(code))
                    .findFirst().map(v -> v.name().in(locale)).orElse(code));
            column.add(variant);
        }
        Button start = new Button(getTranslation(s.channel() == Channel.REPORT ? "intake.apply.start.report"
                : "intake.apply.start"), e -> start());
        start.setId("apply-create");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph next = new Paragraph(getTranslation("intake.apply.next"));
        next.addClassName("hint");
        column.add(formError, start);
        choices.add(column, next);
        add(choices, links(s, locale));
        showChoices();
    }

    private Component links(ServiceDefinition s, Locale locale) {
        Anchor back = new Anchor("layanan/" + s.code(), getTranslation("intake.apply.back", s.name().in(locale)));
        Anchor mine = new Anchor("permohonan", getTranslation("intake.mine.title"));
        Div links = new Div(back, mine);
        links.addClassName("page-links");
        return links;
    }

    private void showChoices() {
        ForWhom choice = forWhom.getValue();
        familyFields.setVisible(choice == ForWhom.FAMILY);
        organisation.setVisible(choice == ForWhom.ORGANISATION);
    }

    private List<HasValidation> fields() {
        return List.of(forWhom, familyName, familyNik, relation, organisation, variant);
    }

    private void start() {
        ServiceDefinition s = service;
        if (s == null) {
            return;
        }
        fields().forEach(f -> f.setInvalid(false));
        formError.setText("");
        boolean report = s.channel() == Channel.REPORT;
        ForWhom choice = report ? ForWhom.SELF : forWhom.getValue();
        List<FieldProblem> problems = new ArrayList<>();
        if (choice == null) {
            problems.add(new FieldProblem("for", "intake.apply.for.required"));
        } else if (choice == ForWhom.FAMILY) {
            if (familyName.getValue().isBlank()) {
                problems.add(new FieldProblem("beneficiary.name", "intake.error.name-required"));
            }
            if (relation.getValue() == null) {
                problems.add(new FieldProblem("beneficiary.relation", "intake.apply.family.relation.required"));
            }
        } else if (choice == ForWhom.ORGANISATION && organisation.getValue() == null) {
            problems.add(new FieldProblem("organisation", "intake.apply.organisation.required"));
        }
        if (!s.variants().isEmpty() && variant.getValue() == null) {
            problems.add(new FieldProblem("variant", "intake.apply.variant.required"));
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
            return;
        }
        Beneficiary beneficiary = choice == ForWhom.FAMILY
                ? new Beneficiary(familyName.getValue(), familyNik.getValue(), relation.getValue()) : null;
        Long organisationId = choice == ForWhom.ORGANISATION ? organisation.getValue().id() : null;
        try {
            long id = applications.startDraft(s.code(), s.variants().isEmpty() ? null : variant.getValue(),
                    organisationId, beneficiary);
            getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                    new RouteParameters(ApplicationView.ID, String.valueOf(id))));
        } catch (FormRejectedException rejected) {
            showProblems(rejected.problems());
        } catch (RecordNotFoundException notAMember) {
            formError.setText(getTranslation("intake.apply.organisation.gone"));
        } catch (ApplicationStateException refused) {
            formError.setText(getTranslation(refused.messageKey()));
        } catch (AccessDeniedException notACitizen) {
            formError.setText(getTranslation("intake.apply.citizens-only"));
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        HasValidation first = null;
        for (FieldProblem problem : problems) {
            HasValidation field = switch (problem.field()) {
                case "for" -> forWhom;
                case "beneficiary.name" -> familyName;
                case "beneficiary.nik" -> familyNik;
                case "beneficiary.relation" -> relation;
                case "organisation" -> organisation;
                case "variant" -> variant;
                default -> null;
            };
            if (field == null) {
                formError.setText(getTranslation(problem.messageKey(), problem.args()));
                continue;
            }
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (first instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        } else if (first instanceof Component group) {
            AnswerFields.focusOption(group);
        }
    }
}
