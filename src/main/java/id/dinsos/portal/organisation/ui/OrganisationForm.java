package id.dinsos.portal.organisation.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.organisation.LegalForm;
import id.dinsos.portal.organisation.OrganisationProfile;
import id.dinsos.portal.shared.identity.Npwp;

/**
 * The organisation's profile as a form, for creating and for editing: labels and helper texts in the
 * person's language, every problem the service finds shown next to its field. The fields keep their
 * values when the page is rebuilt for another language.
 *
 * <p>The deed's date is typed, not picked: it is copied from a document, often years old (GOV.UK's
 * advice for dates a person already knows), and a date picker on a phone opens a full-screen calendar
 * that does not take typing.
 */
class OrganisationForm extends Div {

    private final TextField name = new TextField();
    private final RadioButtonGroup<LegalForm> legalForm = new RadioButtonGroup<>();
    private final TextField aktaNumber = new TextField();
    private final TextField aktaDate = new TextField();
    private final TextField skNumber = new TextField();
    private final TextField npwp = new TextField();
    private final TextArea address = new TextArea();
    private final TextField headName = new TextField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** 12/03/2015 or 12/3/2015 (dots and dashes are read as slashes). */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** @param idPrefix makes the fields' ids unique on the page, e.g. {@code org} gives {@code org-name} */
    OrganisationForm(String idPrefix) {
        addClassName("form-column");
        getStyle().set("display", "flex").set("flex-direction", "column").set("max-width", "36rem");
        name.setId(idPrefix + "-name");
        name.setMaxLength(200);
        legalForm.setId(idPrefix + "-legal-form");
        legalForm.setItems(LegalForm.values());
        legalForm.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        aktaNumber.setId(idPrefix + "-akta-number");
        aktaNumber.setMaxLength(100);
        aktaDate.setId(idPrefix + "-akta-date");
        aktaDate.setMaxLength(10);
        aktaDate.setAllowedCharPattern("[0-9/.\\-]");
        aktaDate.getElement().setAttribute("inputmode", "numeric");
        skNumber.setId(idPrefix + "-sk");
        skNumber.setMaxLength(100);
        npwp.setId(idPrefix + "-npwp");
        npwp.setMaxLength(24);
        npwp.setAllowedCharPattern("[0-9 .\\-]");
        address.setId(idPrefix + "-address");
        address.setMaxLength(500);
        headName.setId(idPrefix + "-head");
        headName.setMaxLength(200);
        fields.put("name", name);
        fields.put("legalForm", legalForm);
        fields.put("aktaNumber", aktaNumber);
        fields.put("aktaDate", aktaDate);
        fields.put("skKemenkumhamNumber", skNumber);
        fields.put("npwp", npwp);
        fields.put("address", address);
        fields.put("headName", headName);
        for (HasValidation field : fields.values()) {
            ((Component) field).getElement().getStyle().set("width", "100%");
        }
        for (var field : List.of(name, aktaNumber, aktaDate, npwp, headName)) {
            field.setRequiredIndicatorVisible(true);
        }
        legalForm.setRequiredIndicatorVisible(true);
        address.setRequiredIndicatorVisible(true);
        add(name, legalForm, aktaNumber, aktaDate, skNumber, npwp, address, headName);
    }

    /** Labels and helper texts in the language of the page. */
    void localize(Locale locale) {
        name.setLabel(getTranslation("organisation.field.name"));
        name.setHelperText(getTranslation("organisation.field.name.help"));
        legalForm.setLabel(getTranslation("organisation.field.legalForm"));
        legalForm.setItemLabelGenerator(form -> getTranslation("organisation.legalForm." + form.name()));
        aktaNumber.setLabel(getTranslation("organisation.field.aktaNumber"));
        aktaNumber.setHelperText(getTranslation("organisation.field.aktaNumber.help"));
        aktaDate.setLabel(getTranslation("organisation.field.aktaDate"));
        aktaDate.setHelperText(getTranslation("organisation.field.aktaDate.help"));
        skNumber.setLabel(getTranslation("organisation.field.sk"));
        skNumber.setHelperText(getTranslation("organisation.field.sk.help"));
        npwp.setLabel(getTranslation("organisation.field.npwp"));
        npwp.setHelperText(getTranslation("organisation.field.npwp.help"));
        address.setLabel(getTranslation("organisation.field.address"));
        address.setHelperText(getTranslation("organisation.field.address.help"));
        headName.setLabel(getTranslation("organisation.field.head"));
        headName.setHelperText(getTranslation("organisation.field.head.help"));
    }

    OrganisationProfile value() {
        return new OrganisationProfile(name.getValue(), legalForm.getValue(), aktaNumber.getValue(),
                date(aktaDate.getValue()), skNumber.getValue(), npwp.getValue(), address.getValue(), headName.getValue());
    }

    void setValue(OrganisationProfile profile) {
        name.setValue(text(profile.name()));
        legalForm.setValue(profile.legalForm());
        aktaNumber.setValue(text(profile.aktaNumber()));
        aktaDate.setValue(profile.aktaDate() == null ? "" : SHOWN.format(profile.aktaDate()));
        skNumber.setValue(text(profile.skKemenkumhamNumber()));
        npwp.setValue(profile.npwp() == null ? "" : formattedNpwp(profile.npwp()));
        address.setValue(text(profile.address()));
        headName.setValue(text(profile.headName()));
        clearProblems();
    }

    void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /**
     * Shows each problem next to its field and moves the focus to the first.
     *
     * @return the problems that belong to no field of this form
     */
    List<FieldProblem> showProblems(List<FieldProblem> problems) {
        clearProblems();
        Component first = null;
        List<FieldProblem> others = new java.util.ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                others.add(problem);
                continue;
            }
            field.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            field.setInvalid(true);
            if (first == null) {
                first = (Component) field;
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return others;
    }

    /** The typed date, or null when it is empty or not a date (the service then says what to type). */
    static @Nullable LocalDate date(String text) {
        String value = text.strip().replace('.', '/').replace('-', '/');
        try {
            return value.isEmpty() ? null : LocalDate.parse(value, DATE);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    static String formattedNpwp(String digits) {
        try {
            return new Npwp(digits).formatted();
        } catch (RuntimeException notStoredByUs) {
            return digits;
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
