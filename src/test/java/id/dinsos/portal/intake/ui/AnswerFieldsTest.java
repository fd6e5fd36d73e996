package id.dinsos.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.FormField.FieldType;
import id.dinsos.portal.office.Regions;
import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.PortalProperties;

/**
 * Every field type of the catalogue, to and from the normal form the service keeps: what is set shows
 * in the right kind of field, and what a person enters comes back in normal form.
 */
class AnswerFieldsTest {

    static final Regions REGIONS = new Regions(new PortalProperties(Path.of("target"), "classpath:offices/bekasi/",
            false, "classpath:templates/"));

    static FormField field(String code, FieldType type, List<FormField.Option> options) {
        return new FormField(code, LocalizedText.of("Label " + code, null), type, true, options, null, null, null);
    }

    static List<FormField.Option> options(int count) {
        return Stream.iterate(1, i -> i + 1).limit(count)
                .map(i -> new FormField.Option("o" + i, LocalizedText.of("Pilihan " + i, "Option " + i))).toList();
    }

    static final List<FormField> EVERY_TYPE = List.of(
            field("teks", FieldType.TEXT, List.of()),
            field("cerita", FieldType.TEXTAREA, List.of()),
            field("jumlah", FieldType.NUMBER, List.of()),
            field("tanggal", FieldType.DATE, List.of()),
            field("pilihan", FieldType.SELECT, options(3)),
            field("pilihan-banyak", FieldType.SELECT, options(8)),
            field("centang", FieldType.MULTISELECT, options(4)),
            field("ya-tidak", FieldType.YES_NO, List.of()),
            field("nik", FieldType.NIK, List.of()),
            field("hp", FieldType.PHONE, List.of()),
            field("surel", FieldType.EMAIL, List.of()),
            field("desa", FieldType.REGION, List.of()),
            field("uang", FieldType.MONEY, List.of()));

    static Map<String, Object> normalForm() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("teks", "Kursi roda lama patah");
        answers.put("cerita", "Baris satu\nBaris dua");
        answers.put("jumlah", "3");
        answers.put("tanggal", "2026-08-17");
        answers.put("pilihan", "o2");
        answers.put("pilihan-banyak", "o7");
        answers.put("centang", List.of("o1", "o3"));
        answers.put("ya-tidak", "false");
        answers.put("nik", "3216054107850002");
        answers.put("hp", "+6281234567890");
        answers.put("surel", "siti@contoh.id");
        answers.put("desa", "32.16.05.2001");
        answers.put("uang", "1500000");
        return answers;
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T find(Component root, String id, Class<T> type) {
        Optional<Component> found = root.getId().filter(id::equals).map(x -> root);
        if (found.isPresent()) {
            return type.cast(found.get());
        }
        return (T) root.getChildren().map(c -> {
            try {
                return find(c, id, type);
            } catch (IllegalStateException notHere) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new IllegalStateException("no " + id));
    }

    @Test
    void each_type_gets_the_field_that_suits_it_and_shows_the_stored_answer() {
        AnswerFields fields = new AnswerFields(EVERY_TYPE, REGIONS, "answer");
        fields.setValues(normalForm());

        assertThat(find(fields, "answer-teks", TextField.class).getValue()).isEqualTo("Kursi roda lama patah");
        assertThat(find(fields, "answer-cerita", TextArea.class).getValue()).isEqualTo("Baris satu\nBaris dua");
        assertThat(find(fields, "answer-jumlah", TextField.class).getValue()).isEqualTo("3");
        assertThat(find(fields, "answer-tanggal", DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(find(fields, "answer-pilihan", RadioButtonGroup.class).getValue()).isEqualTo("o2");
        assertThat(find(fields, "answer-pilihan-banyak", ComboBox.class).getValue()).isEqualTo("o7");
        assertThat(find(fields, "answer-centang", CheckboxGroup.class).getValue()).isEqualTo(Set.of("o1", "o3"));
        assertThat(find(fields, "answer-ya-tidak", RadioButtonGroup.class).getValue()).isEqualTo("false");
        assertThat(find(fields, "answer-nik", TextField.class).getValue()).isEqualTo("3216054107850002");
        assertThat(find(fields, "answer-hp", TextField.class).getValue()).as("the local form").isEqualTo("081234567890");
        assertThat(find(fields, "answer-surel", TextField.class).getValue()).isEqualTo("siti@contoh.id");
        assertThat(((Regions.Region) find(fields, "answer-desa-district", ComboBox.class).getValue()).code())
                .isEqualTo("32.16.05");
        assertThat(((Regions.Region) find(fields, "answer-desa-village", ComboBox.class).getValue()).code())
                .isEqualTo("32.16.05.2001");
        assertThat(find(fields, "answer-uang", TextField.class).getValue()).as("thousands with dots")
                .isEqualTo("1.500.000");

        assertThat(fields.values()).as("read back in normal form").isEqualTo(normalForm());
        assertThat(fields.hasChanges()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void what_a_person_enters_comes_back_in_normal_form_and_empty_fields_are_left_out() {
        AnswerFields fields = new AnswerFields(EVERY_TYPE, REGIONS, "answer");
        fields.setValues(Map.of());
        assertThat(fields.values()).isEmpty();

        find(fields, "answer-teks", TextField.class).setValue("  Kursi roda  ");
        find(fields, "answer-tanggal", DatePicker.class).setValue(LocalDate.of(2026, 1, 5));
        find(fields, "answer-centang", CheckboxGroup.class).setValue(Set.of("o4", "o2"));
        find(fields, "answer-ya-tidak", RadioButtonGroup.class).setValue("true");
        find(fields, "answer-nik", TextField.class).setValue("3216 0541 0785 0002");
        find(fields, "answer-hp", TextField.class).setValue("0812 3456 7890");
        find(fields, "answer-uang", TextField.class).setValue("2.750.000");
        ComboBox<Regions.Region> district = find(fields, "answer-desa-district", ComboBox.class);
        ComboBox<Regions.Region> village = find(fields, "answer-desa-village", ComboBox.class);
        district.setValue(REGIONS.region("32.16.05").orElseThrow());
        village.setItems(REGIONS.villagesOf("32.16.05"));
        village.setValue(REGIONS.region("32.16.05.2001").orElseThrow());

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("teks", "Kursi roda");
        expected.put("tanggal", "2026-01-05");
        expected.put("centang", List.of("o2", "o4"));
        expected.put("ya-tidak", "true");
        expected.put("nik", "3216054107850002");
        expected.put("hp", "+6281234567890");
        expected.put("desa", "32.16.05.2001");
        expected.put("uang", "2750000");
        assertThat(fields.values()).isEqualTo(expected);
        assertThat(fields.hasChanges()).isTrue();
        assertThat(fields.inputProblems()).isEmpty();
    }

    @Test
    void a_phone_number_that_is_not_one_is_passed_on_as_typed_for_the_service_to_explain() {
        AnswerFields fields = new AnswerFields(List.of(field("hp", FieldType.PHONE, List.of())), REGIONS, "x");
        find(fields, "x-hp", TextField.class).setValue("12345");
        assertThat(fields.values()).containsEntry("hp", "12345");
    }

    @Test
    void only_the_fields_allowed_can_be_changed_in_a_correction_round() {
        AnswerFields fields = new AnswerFields(EVERY_TYPE, REGIONS, "answer");
        fields.setEditable("jumlah"::equals);
        assertThat(find(fields, "answer-jumlah", TextField.class).isReadOnly()).isFalse();
        assertThat(find(fields, "answer-teks", TextField.class).isReadOnly()).isTrue();
        assertThat(find(fields, "answer-desa-village", ComboBox.class).isReadOnly()).isTrue();
    }

    @Test
    void answers_read_as_text_use_labels_not_codes() {
        AnswerFields fields = new AnswerFields(EVERY_TYPE, REGIONS, "answer");
        FormField select = EVERY_TYPE.get(4);
        FormField region = EVERY_TYPE.get(11);
        FormField date = EVERY_TYPE.get(3);
        assertThat(AnswerFields.displayValue(select, "o2", java.util.Locale.ENGLISH, REGIONS, fields)).isEqualTo("Option 2");
        assertThat(AnswerFields.displayValue(date, "2026-08-17", java.util.Locale.ENGLISH, REGIONS, fields))
                .isEqualTo("17/08/2026");
        String village = REGIONS.region("32.16.05.2001").orElseThrow().name();
        String kecamatan = REGIONS.region("32.16.05").orElseThrow().name();
        assertThat(AnswerFields.displayValue(region, "32.16.05.2001", java.util.Locale.ENGLISH, REGIONS, fields))
                .isEqualTo(village + ", " + kecamatan);
        assertThat(AnswerFields.grouped("1500000")).isEqualTo("1.500.000");
        assertThat(AnswerFields.grouped("150")).isEqualTo("150");
    }
}
