package id.dinsos.portal.intake.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.intake.PublicTracking;
import id.dinsos.portal.intake.TrackingService;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.ui.PublicLayout;
import id.dinsos.portal.shared.ui.PublicPage;

/**
 * Public tracking ({@code /lacak}, {@code ?nomor=} fills in the number): with the tracking number and
 * the last four digits of the applicant's NIK or mobile number, anyone sees the service, the status
 * and the steps, never a name or a NIK. A wrong pair is answered without saying which half was wrong.
 */
@Route(value = "lacak", layout = PublicLayout.class)
@AnonymousAllowed
public class TrackView extends PublicPage implements BeforeEnterObserver {

    private final TrackingService tracking;
    private final CatalogueService catalogue;
    private final OfficeService office;

    private final TextField number = new TextField();
    private final TextField verifier = new TextField();
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();
    /** What the last search found, to show it again in another language. */
    private TrackingService.@Nullable Outcome outcome;

    public TrackView(TrackingService tracking, CatalogueService catalogue, OfficeService office) {
        this.tracking = tracking;
        this.catalogue = catalogue;
        this.office = office;
        addClassName("track");
        number.setId("track-number");
        number.setMaxLength(20);
        number.setRequiredIndicatorVisible(true);
        number.setManualValidation(true);
        number.setWidthFull();
        number.getElement().setAttribute("autocapitalize", "characters");
        number.getElement().setAttribute("autocomplete", "off");
        verifier.setId("track-verifier");
        verifier.setMaxLength(4);
        verifier.setAllowedCharPattern("[0-9]");
        verifier.setRequiredIndicatorVisible(true);
        verifier.setManualValidation(true);
        verifier.getElement().setAttribute("inputmode", "numeric");
        verifier.getElement().setAttribute("autocomplete", "off");
        number.addKeyPressListener(Key.ENTER, e -> track());
        verifier.addKeyPressListener(Key.ENTER, e -> track());
        message.setId("track-message");
        message.getElement().setAttribute("role", "status");
        result.setId("track-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("nomor")
                .ifPresent(n -> number.setValue(n.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    protected String title() {
        return getTranslation("intake.track.title");
    }

    @Override
    protected void render(Locale locale) {
        add(new H1(getTranslation("intake.track.title")), new Paragraph(getTranslation("intake.track.intro")));
        number.setLabel(getTranslation("intake.track.number"));
        number.setHelperText(getTranslation("intake.track.number.help"));
        verifier.setLabel(getTranslation("intake.track.verifier"));
        verifier.setHelperText(getTranslation("intake.track.verifier.help"));
        Button search = new Button(getTranslation("intake.track.submit"), e -> track());
        search.setId("track-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(number, verifier, search);
        form.addClassName("form-column");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("intake.track.title"));
        add(form, message, result);
        showOutcome(locale);
    }

    private void track() {
        number.setInvalid(false);
        verifier.setInvalid(false);
        if (number.getValue().isBlank()) {
            number.setErrorMessage(getTranslation("intake.track.number.required"));
            number.setInvalid(true);
            number.focus();
            return;
        }
        if (!verifier.getValue().matches("\\d{4}")) {
            verifier.setErrorMessage(getTranslation("intake.track.verifier.required"));
            verifier.setInvalid(true);
            verifier.focus();
            return;
        }
        outcome = tracking.track(number.getValue(), verifier.getValue());
        showOutcome(getLocale());
    }

    private void showOutcome(Locale locale) {
        result.removeAll();
        TrackingService.Outcome shown = outcome;
        if (shown == null) {
            message.setText("");
            return;
        }
        switch (shown) {
            case TrackingService.Outcome.Found found -> {
                message.setText(getTranslation("intake.track.found", found.tracking().trackingNumber()));
                result.add(found(found.tracking(), locale));
            }
            case TrackingService.Outcome.NotFound notFound -> message.setText(getTranslation("intake.track.not-found"));
            case TrackingService.Outcome.Locked locked -> message.setText(getTranslation("intake.track.locked"));
        }
        message.setClassName("field-error", !(shown instanceof TrackingService.Outcome.Found));
    }

    private Section found(PublicTracking found, Locale locale) {
        Section section = new Section();
        section.addClassName("form-section");
        String name = catalogue.service(found.serviceCode()).map(s -> s.name().in(locale)).orElse(found.serviceCode());
        H2 heading = new H2(name);
        heading.setId("track-service");
        Span statusLabel = new Span(getTranslation("intake.application.status"));
        statusLabel.addClassName("glance-label");
        Span status = new Span(IntakeFormats.status(this, found.status()));
        status.setId("track-status");
        status.addClassName("glance-value");
        Div statusItem = new Div(statusLabel, status);
        statusItem.addClassName("glance-item");
        Div facts = new Div(statusItem);
        facts.addClassName("glance");
        if (found.submittedAt() != null) {
            Span submittedLabel = new Span(getTranslation("intake.application.submitted"));
            submittedLabel.addClassName("glance-label");
            Span submitted = new Span(IntakeFormats.date(found.submittedAt(), office.profile().hours().zone(), locale));
            submitted.addClassName("glance-value");
            Div item = new Div(submittedLabel, submitted);
            item.addClassName("glance-item");
            facts.add(item);
        }
        if (found.dueAt() != null) {
            Span dueLabel = new Span(getTranslation("intake.expected-completion"));
            dueLabel.addClassName("glance-label");
            Span due = new Span(IntakeFormats.dateTime(this, found.dueAt(), office.profile().hours().zone(), locale));
            due.setId("track-due");
            due.addClassName("glance-value");
            Div item = new Div(dueLabel, due);
            item.addClassName("glance-item");
            facts.add(item);
        }
        var steps = ApplicationView.timeline(this, found.timeline(), office.profile().hours().zone(), locale, false);
        steps.setId("track-timeline");
        section.add(heading, facts, new H3(getTranslation("intake.history.steps")), steps);
        return section;
    }
}
