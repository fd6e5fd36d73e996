package id.dinsos.portal.intake.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

import id.dinsos.portal.account.FieldProblem;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.FormField.FieldType;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.office.Regions.Region;
import id.dinsos.portal.shared.identity.PhoneNumber;

/**
 * One labelled field for each of a service's {@link FormField}s, built from the catalogue: the label
 * and help in the person's language, a required marker, and for each type the field that suits it
 * (dates in a date picker written dd/MM/yyyy, a few choices as radio buttons, many in a list, a region
 * as kecamatan then desa/kelurahan). It reads and writes the answers in the normal form that
 * {@code ApplicationService.saveAnswers} keeps (ISO dates, {@code "true"}/{@code "false"}, a list of
 * codes for a multiple choice, a desa code), and shows each problem the service finds next to its
 * field.
 * <p>
 * It knows nothing of who is signed in or which application it belongs to: the citizen's page and the
 * counter use it alike. Ids are {@code <prefix>-<field code>}.
 */
public class AnswerFields extends Div implements LocaleChangeObserver {

    private static final long serialVersionUID = 1L;

    /** Up to this many options are shown as radio buttons; more as a drop-down list. */
    static final int RADIO_LIMIT = 6;
    static final int TEXT_MAX = 500;
    static final int TEXTAREA_MAX = 4000;
    /** How a date is shown and typed (Indonesian usage, also on the English page). */
    static final String DATE_FORMAT = "dd/MM/yyyy";

    private final Regions regions;
    private final String idPrefix;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /** The values as last set, to tell whether the person changed anything since. */
    private Map<String, Object> loaded = Map.of();

    /**
     * @param fields   the form's fields (of the application's variant)
     * @param idPrefix makes the ids unique on the page, e.g. {@code answer} gives {@code answer-alat-diminta}
     */
    public AnswerFields(List<FormField> fields, Regions regions, String idPrefix) {
        this.regions = regions;
        this.idPrefix = idPrefix;
        addClassNames("answer-fields", "form-column");
        for (FormField field : fields) {
            Entry entry = entry(field);
            entries.put(field.code(), entry);
            // What the question means is read before answering it, not after.
            entry.component().getElement().getThemeList().add("helper-above-field");
            add(entry.component());
        }
    }

    /** The fields, in the catalogue's order. */
    public List<FormField> fields() {
        return entries.values().stream().map(Entry::field).toList();
    }

    public Optional<FormField> field(String code) {
        return Optional.ofNullable(entries.get(code)).map(Entry::field);
    }

    /** Shows the given answers (normal form); fields without an answer are emptied. */
    public void setValues(Map<String, ?> answers) {
        for (Entry entry : entries.values()) {
            entry.write(answers.get(entry.field().code()));
        }
        clearProblems();
        loaded = values();
    }

    /**
     * The answers as typed, by field code, empty fields left out. A date that could not be read is
     * left out too: {@link #inputProblems()} names it.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Entry entry : entries.values()) {
            Object value = entry.read();
            if (value != null) {
                values.put(entry.field().code(), value);
            }
        }
        return values;
    }

    /** Whether anything differs from the answers last set. */
    public boolean hasChanges() {
        return !values().equals(loaded) || !inputProblems().isEmpty();
    }

    /** What the browser could not turn into a value (a date typed in another form), as problems. */
    public List<FieldProblem> inputProblems() {
        List<FieldProblem> problems = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry instanceof DateEntry date && date.picker.unparsable()) {
                problems.add(new FieldProblem(entry.field().code(), "intake.answer.not-a-date"));
            }
        }
        return problems;
    }

    /**
     * Shows each problem next to its field and moves the focus to the first.
     *
     * @return the problems that belong to no field here
     */
    public List<FieldProblem> showProblems(List<FieldProblem> problems) {
        clearProblems();
        List<FieldProblem> others = new ArrayList<>();
        Entry first = null;
        for (FieldProblem problem : problems) {
            Entry entry = entries.get(problem.field());
            if (entry == null) {
                others.add(problem);
                continue;
            }
            HasValidation target = entry.problemTarget();
            target.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            target.setInvalid(true);
            if (first == null) {
                first = entry;
            }
        }
        if (first != null) {
            first.focus();
        }
        return others;
    }

    public void clearProblems() {
        for (Entry entry : entries.values()) {
            entry.problemTarget().setInvalid(false);
            entry.problemTarget().setErrorMessage(null);
        }
    }

    /** Read-only (a submitted application) or editable; see also {@link #setEditable(Predicate)}. */
    public void setReadOnly(boolean readOnly) {
        setEditable(code -> !readOnly);
    }

    /** Only the fields this accepts may be changed (in a correction round: the returned ones). */
    public void setEditable(Predicate<String> editable) {
        for (Entry entry : entries.values()) {
            entry.setReadOnly(!editable.test(entry.field().code()));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale locale = event.getLocale();
        for (Entry entry : entries.values()) {
            entry.localize(locale);
        }
    }

    /** Moves the focus into a radio or checkbox group (the group itself takes none): the chosen option, or the first. */
    static void focusOption(Component group) {
        group.getElement().executeJs("const el = this.querySelector('vaadin-radio-button[checked], vaadin-checkbox[checked]')"
                + " || this.querySelector('vaadin-radio-button, vaadin-checkbox'); if (el) { el.focus(); }");
    }

    // ------------------------------------------------------------------ showing an answer as text

    /**
     * An answer as a person reads it: the option's label, Ya/Tidak, a date as 17/08/2026, the desa
     * with its kecamatan, a phone number in its local form, money with thousands separators.
     *
     * @param translator the component whose language and bundle give "Ya"/"Tidak"
     */
    public static String displayValue(FormField field, @Nullable Object value, Locale locale, Regions regions,
                                      Component translator) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return translator.getTranslation("intake.answer.none");
        }
        return switch (field.type()) {
            case SELECT -> optionLabel(field, String.valueOf(value), locale);
            case MULTISELECT -> {
                Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
                yield String.join(", ", items.stream().map(i -> optionLabel(field, String.valueOf(i), locale)).toList());
            }
            case YES_NO -> translator.getTranslation("true".equals(String.valueOf(value))
                    ? "intake.answer.yes" : "intake.answer.no");
            case DATE -> {
                try {
                    yield LocalDate.parse(String.valueOf(value)).format(DateTimeFormatter.ofPattern(DATE_FORMAT));
                } catch (DateTimeParseException notADate) {
                    yield String.valueOf(value);
                }
            }
            case REGION -> regionName(String.valueOf(value), regions);
            case PHONE -> localPhone(String.valueOf(value));
            case MONEY -> translator.getTranslation("intake.answer.money", grouped(String.valueOf(value)));
            default -> String.valueOf(value);
        };
    }

    private static String optionLabel(FormField field, String code, Locale locale) {
        return field.options().stream().filter(o -> o.code().equals(code)).findFirst()
                .map(o -> o.label().in(locale)).orElse(code);
    }

    private static String regionName(String code, Regions regions) {
        Optional<Region> region = regions.region(code);
        if (region.isEmpty()) {
            return code;
        }
        return regions.districtOf(code).filter(d -> region.get().isVillage())
                .map(d -> region.get().name() + ", " + d.name()).orElse(region.get().name());
    }

    private static String localPhone(String e164) {
        try {
            return new PhoneNumber(e164).local();
        } catch (RuntimeException notE164) {
            return e164;
        }
    }

    /** 1500000 as 1.500.000 (Indonesian thousands separator, the way amounts are written in rupiah). */
    static String grouped(String digits) {
        if (!digits.matches("\\d+")) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ one entry per field type

    private Entry entry(FormField field) {
        String id = idPrefix + "-" + field.code();
        return switch (field.type()) {
            case TEXT, NUMBER, MONEY, NIK, PHONE, EMAIL -> new TextEntry(field, id);
            case TEXTAREA -> new TextAreaEntry(field, id);
            case DATE -> new DateEntry(field, id);
            case SELECT -> field.options().size() <= RADIO_LIMIT ? new RadioEntry(field, id) : new SelectEntry(field, id);
            case MULTISELECT -> new MultiEntry(field, id);
            case YES_NO -> new YesNoEntry(field, id);
            case REGION -> new RegionEntry(field, id);
        };
    }

    /** A field of the form: its component, how it reads and writes the normal form, where its problem goes. */
    private abstract static class Entry implements java.io.Serializable {
        private final FormField field;

        Entry(FormField field) {
            this.field = field;
        }

        FormField field() {
            return field;
        }

        abstract Component component();

        /** The value in normal form, or null when empty. */
        abstract @Nullable Object read();

        abstract void write(@Nullable Object value);

        abstract HasValidation problemTarget();

        abstract void localize(Locale locale);

        abstract void setReadOnly(boolean readOnly);

        void focus() {
            if (problemTarget() instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }

        String label(Locale locale) {
            return field.label().in(locale);
        }

        @Nullable String help(Locale locale) {
            return field.help() == null ? null : field.help().in(locale);
        }

        static @Nullable String text(String value) {
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }
    }

    private final class TextEntry extends Entry {
        private final TextField input = new TextField();
        private final Span currency = new Span();

        TextEntry(FormField field, String id) {
            super(field);
            input.setId(id);
            input.setManualValidation(true);
            input.setRequiredIndicatorVisible(field.isRequired());
            input.setWidthFull();
            switch (field.type()) {
                case NUMBER -> {
                    input.setAllowedCharPattern("[0-9]");
                    input.setMaxLength(12);
                    input.getElement().setAttribute("inputmode", "numeric");
                }
                case MONEY -> {
                    input.setAllowedCharPattern("[0-9.]");
                    input.setMaxLength(20);
                    input.getElement().setAttribute("inputmode", "numeric");
                    currency.getElement().setAttribute("aria-hidden", "true");
                    input.setPrefixComponent(currency);
                }
                case NIK -> {
                    input.setAllowedCharPattern("[0-9 .]");
                    input.setMaxLength(24);
                    input.getElement().setAttribute("inputmode", "numeric");
                }
                case PHONE -> {
                    input.setAllowedCharPattern("[0-9 +\\-.()]");
                    input.setMaxLength(24);
                    input.getElement().setAttribute("inputmode", "tel");
                }
                case EMAIL -> {
                    input.setMaxLength(254);
                    input.getElement().setAttribute("inputmode", "email");
                }
                default -> input.setMaxLength(field.maxLength() != null ? field.maxLength() : TEXT_MAX);
            }
        }

        @Override
        Component component() {
            return input;
        }

        /** In normal form where the text allows it; anything else as typed, for the service to explain. */
        @Override
        @Nullable Object read() {
            String text = text(input.getValue());
            if (text == null) {
                return null;
            }
            return switch (field().type()) {
                case MONEY -> text.replaceAll("[.\\s]", "");
                case NIK -> text.replaceAll("[.\\s]", "");
                case PHONE -> {
                    try {
                        yield PhoneNumber.parse(text).e164();
                    } catch (RuntimeException notAPhoneNumber) {
                        yield text;
                    }
                }
                default -> text;
            };
        }

        @Override
        void write(@Nullable Object value) {
            String text = value == null ? "" : String.valueOf(value);
            input.setValue(switch (field().type()) {
                case PHONE -> text.isEmpty() ? "" : localPhone(text);
                case MONEY -> grouped(text);
                default -> text;
            });
        }

        @Override
        HasValidation problemTarget() {
            return input;
        }

        @Override
        void localize(Locale locale) {
            input.setLabel(label(locale));
            input.setHelperText(help(locale));
            currency.setText(getTranslation("intake.answer.money.prefix"));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            input.setReadOnly(readOnly);
        }
    }

    private static final class TextAreaEntry extends Entry {
        private final TextArea input = new TextArea();

        TextAreaEntry(FormField field, String id) {
            super(field);
            input.setId(id);
            input.setManualValidation(true);
            input.setRequiredIndicatorVisible(field.isRequired());
            input.setMaxLength(field.maxLength() != null ? field.maxLength() : TEXTAREA_MAX);
            input.setWidthFull();
            input.setMinHeight("6rem");
        }

        @Override
        Component component() {
            return input;
        }

        @Override
        @Nullable Object read() {
            return text(input.getValue());
        }

        @Override
        void write(@Nullable Object value) {
            input.setValue(value == null ? "" : String.valueOf(value));
        }

        @Override
        HasValidation problemTarget() {
            return input;
        }

        @Override
        void localize(Locale locale) {
            input.setLabel(label(locale));
            input.setHelperText(help(locale));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            input.setReadOnly(readOnly);
        }
    }

    /** A date picker that says whether the text typed into it could not be read as a date. */
    static final class DateField extends DatePicker {
        private static final long serialVersionUID = 1L;

        boolean unparsable() {
            return isInputUnparsable();
        }
    }

    private final class DateEntry extends Entry {
        private final DateField picker = new DateField();

        DateEntry(FormField field, String id) {
            super(field);
            picker.setId(id);
            picker.setManualValidation(true);
            picker.setRequiredIndicatorVisible(field.isRequired());
            // On a phone the picker otherwise opens a full-screen calendar that takes no typing; a date
            // a person already knows (a birth date, a day last week) is quicker typed. The calendar
            // button still opens it.
            picker.setAutoOpen(false);
        }

        @Override
        Component component() {
            return picker;
        }

        @Override
        @Nullable Object read() {
            return picker.getValue() == null ? null : picker.getValue().toString();
        }

        @Override
        void write(@Nullable Object value) {
            try {
                picker.setValue(value == null ? null : LocalDate.parse(String.valueOf(value)));
            } catch (DateTimeParseException notADate) {
                picker.clear();
            }
        }

        @Override
        HasValidation problemTarget() {
            return picker;
        }

        @Override
        void localize(Locale locale) {
            picker.setLabel(label(locale));
            String help = help(locale);
            String format = getTranslation("intake.answer.date.help");
            picker.setHelperText(help == null ? format : help + " " + format);
            picker.setPlaceholder(getTranslation("intake.answer.date.placeholder"));
            List<String> months = new ArrayList<>();
            for (java.time.Month month : java.time.Month.values()) {
                months.add(month.getDisplayName(TextStyle.FULL_STANDALONE, locale));
            }
            List<String> weekdays = new ArrayList<>();
            List<String> weekdaysShort = new ArrayList<>();
            // Sunday first, as the web component expects.
            for (java.time.DayOfWeek day : List.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                    java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                    java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY)) {
                weekdays.add(day.getDisplayName(TextStyle.FULL_STANDALONE, locale));
                weekdaysShort.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
            }
            picker.setI18n(new DatePicker.DatePickerI18n()
                    .setDateFormats(DATE_FORMAT, "d/M/yyyy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd")
                    .setMonthNames(months)
                    .setWeekdays(weekdays)
                    .setWeekdaysShort(weekdaysShort)
                    .setFirstDayOfWeek(1)
                    .setToday(getTranslation("intake.answer.date.today"))
                    .setCancel(getTranslation("intake.answer.date.cancel")));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            picker.setReadOnly(readOnly);
        }
    }

    private static final class RadioEntry extends Entry {
        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

        RadioEntry(FormField field, String id) {
            super(field);
            group.setId(id);
            group.setManualValidation(true);
            group.setRequiredIndicatorVisible(field.isRequired());
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setItems(field.options().stream().map(FormField.Option::code).toList());
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        @Nullable Object read() {
            return group.getValue();
        }

        @Override
        void write(@Nullable Object value) {
            String code = value == null ? null : String.valueOf(value);
            group.setValue(code != null && field().options().stream().anyMatch(o -> o.code().equals(code)) ? code : null);
        }

        @Override
        HasValidation problemTarget() {
            return group;
        }

        @Override
        void focus() {
            focusOption(group);
        }

        @Override
        void localize(Locale locale) {
            group.setLabel(label(locale));
            group.setHelperText(help(locale));
            group.setItemLabelGenerator(code -> optionLabel(field(), code, locale));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
        }
    }

    /**
     * A long list of choices as a combo box (typing narrows it): Vaadin's Select fails axe-core's
     * ARIA check (aria-allowed-attr on its value button), which a person using a screen reader would feel.
     */
    private final class SelectEntry extends Entry {
        private final com.vaadin.flow.component.combobox.ComboBox<String> select =
                new com.vaadin.flow.component.combobox.ComboBox<>();

        SelectEntry(FormField field, String id) {
            super(field);
            select.setId(id);
            select.setManualValidation(true);
            select.setRequiredIndicatorVisible(field.isRequired());
            select.setWidthFull();
            select.setClearButtonVisible(true);
            select.setItems(field.options().stream().map(FormField.Option::code).toList());
        }

        @Override
        Component component() {
            return select;
        }

        @Override
        @Nullable Object read() {
            return select.getValue();
        }

        @Override
        void write(@Nullable Object value) {
            String code = value == null ? null : String.valueOf(value);
            select.setValue(code != null && field().options().stream().anyMatch(o -> o.code().equals(code)) ? code : null);
        }

        @Override
        HasValidation problemTarget() {
            return select;
        }

        @Override
        void localize(Locale locale) {
            select.setLabel(label(locale));
            select.setHelperText(help(locale));
            select.setPlaceholder(getTranslation("intake.answer.choose"));
            select.setItemLabelGenerator(code -> code == null ? "" : optionLabel(field(), code, locale));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            select.setReadOnly(readOnly);
        }
    }

    private static final class MultiEntry extends Entry {
        private final CheckboxGroup<String> group = new CheckboxGroup<>();

        MultiEntry(FormField field, String id) {
            super(field);
            group.setId(id);
            group.setManualValidation(true);
            group.setRequiredIndicatorVisible(field.isRequired());
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(field.options().stream().map(FormField.Option::code).toList());
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        @Nullable Object read() {
            Set<String> chosen = group.getValue();
            if (chosen.isEmpty()) {
                return null;
            }
            // In the catalogue's order, whatever order they were ticked in.
            return field().options().stream().map(FormField.Option::code).filter(chosen::contains).toList();
        }

        @Override
        void write(@Nullable Object value) {
            Set<String> codes = new LinkedHashSet<>();
            if (value instanceof Collection<?> items) {
                items.forEach(i -> codes.add(String.valueOf(i)));
            } else if (value != null) {
                codes.add(String.valueOf(value));
            }
            codes.removeIf(code -> field().options().stream().noneMatch(o -> o.code().equals(code)));
            group.setValue(codes);
        }

        @Override
        HasValidation problemTarget() {
            return group;
        }

        @Override
        void focus() {
            focusOption(group);
        }

        @Override
        void localize(Locale locale) {
            group.setLabel(label(locale));
            group.setHelperText(help(locale));
            group.setItemLabelGenerator(code -> optionLabel(field(), code, locale));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
        }
    }

    private final class YesNoEntry extends Entry {
        private final RadioButtonGroup<String> group = new RadioButtonGroup<>();

        YesNoEntry(FormField field, String id) {
            super(field);
            group.setId(id);
            group.setManualValidation(true);
            group.setRequiredIndicatorVisible(field.isRequired());
            group.setItems("true", "false");
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        @Nullable Object read() {
            return group.getValue();
        }

        @Override
        void write(@Nullable Object value) {
            String text = value == null ? null : String.valueOf(value);
            group.setValue("true".equals(text) || "false".equals(text) ? text : null);
        }

        @Override
        HasValidation problemTarget() {
            return group;
        }

        @Override
        void focus() {
            focusOption(group);
        }

        @Override
        void localize(Locale locale) {
            group.setLabel(label(locale));
            group.setHelperText(help(locale));
            group.setItemLabelGenerator(code -> getTranslation("true".equals(code) ? "intake.answer.yes"
                    : "intake.answer.no"));
        }

        @Override
        void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
        }
    }

    /**
     * A place in the office's area: the kecamatan first, then the desa/kelurahan of that kecamatan.
     * Both lists take typing, so a person finds "Cikarang Utara" without scrolling.
     */
    private final class RegionEntry extends Entry {
        private final Div group = new Div();
        private final Span legend = new Span();
        private final Span helper = new Span();
        private final ComboBox<Region> district = new ComboBox<>();
        private final ComboBox<Region> village = new ComboBox<>();

        RegionEntry(FormField field, String id) {
            super(field);
            group.setId(id);
            group.addClassName("region-field");
            group.getElement().setAttribute("role", "group");
            legend.setId(id + "-label");
            legend.addClassName("region-field-label");
            helper.setId(id + "-help");
            helper.addClassName("hint");
            group.getElement().setAttribute("aria-labelledby", legend.getId().orElseThrow());
            district.setId(id + "-district");
            village.setId(id + "-village");
            for (ComboBox<Region> box : List.of(district, village)) {
                box.setManualValidation(true);
                box.setRequiredIndicatorVisible(field.isRequired());
                box.setItemLabelGenerator(Region::name);
                box.setWidthFull();
            }
            district.setItems(regions.districts());
            village.setEnabled(false);
            district.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                village.clear();
                village.setItems(e.getValue() == null ? List.of() : regions.villagesOf(e.getValue().code()));
                village.setEnabled(e.getValue() != null && !district.isReadOnly());
            });
            group.add(legend, helper, district, village);
        }

        @Override
        Component component() {
            return group;
        }

        @Override
        @Nullable Object read() {
            if (village.getValue() != null) {
                return village.getValue().code();
            }
            return null;
        }

        @Override
        void write(@Nullable Object value) {
            Region chosen = value == null ? null : regions.region(String.valueOf(value)).orElse(null);
            Region districtOfChoice = chosen == null ? null
                    : chosen.isVillage() ? regions.districtOf(chosen.code()).orElse(null) : chosen;
            district.setValue(districtOfChoice);
            village.setItems(districtOfChoice == null ? List.of() : regions.villagesOf(districtOfChoice.code()));
            village.setValue(chosen != null && chosen.isVillage() ? chosen : null);
            village.setEnabled(districtOfChoice != null && !district.isReadOnly());
        }

        @Override
        HasValidation problemTarget() {
            return village;
        }

        @Override
        void focus() {
            if (district.getValue() == null) {
                district.focus();
            } else {
                village.focus();
            }
        }

        @Override
        void localize(Locale locale) {
            legend.setText(label(locale));
            legend.getElement().setAttribute("data-required", field().isRequired());
            String help = help(locale);
            helper.setText(help == null ? "" : help);
            helper.setVisible(help != null);
            district.setLabel(getTranslation("intake.answer.region.district"));
            village.setLabel(getTranslation("intake.answer.region.village"));
            if (help != null) {
                district.getElement().setAttribute("aria-describedby", helper.getId().orElseThrow());
            }
        }

        @Override
        void setReadOnly(boolean readOnly) {
            district.setReadOnly(readOnly);
            village.setReadOnly(readOnly);
            village.setEnabled(readOnly || district.getValue() != null);
        }
    }

    @Override
    public String toString() {
        return "AnswerFields" + entries.keySet();
    }

}
