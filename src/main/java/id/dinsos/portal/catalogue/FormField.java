package id.dinsos.portal.catalogue;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.Texts;

/**
 * A question of a service's application (or report) form, beyond the applicant's identity: for
 * example the device an alat-bantu applicant needs, or the dates of a UGB draw. The form is built from
 * these, so no service is hard-coded in a view, and partner systems read them from the API.
 *
 * @param variant the variant the field belongs to (UGB or PUB), null for every variant
 */
public record FormField(String code, LocalizedText label, FieldType type, @Nullable Boolean required,
                        List<Option> options, @Nullable LocalizedText help, @Nullable String variant,
                        @Nullable Integer maxLength) {

    /** What kind of answer a field takes. */
    public enum FieldType {
        TEXT, TEXTAREA, NUMBER, DATE, SELECT, MULTISELECT, YES_NO, NIK, PHONE, EMAIL, REGION, MONEY
    }

    /** One choice of a SELECT or MULTISELECT field. */
    public record Option(String code, LocalizedText label) {
        public Option {
            Texts.requireCode(code, "option code");
            Assert.notNull(label, "option " + code + ": label is required");
        }
    }

    public FormField {
        Texts.requireCode(code, "field code");
        Assert.notNull(label, "field " + code + ": label is required");
        Assert.notNull(type, "field " + code + ": type is required");
        required = required == null || required;
        options = Texts.optional(options);
        boolean choice = type == FieldType.SELECT || type == FieldType.MULTISELECT;
        Assert.isTrue(choice == !options.isEmpty(), "field " + code + ": options are for SELECT and MULTISELECT fields, "
                + "and those need at least one");
        Assert.isTrue(options.stream().map(Option::code).distinct().count() == options.size(),
                "field " + code + ": option codes must be unique");
        Assert.isTrue(maxLength == null || maxLength > 0, "field " + code + ": maxLength must be positive");
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean appliesTo(@Nullable String variantCode) {
        return variant == null || variantCode == null || variant.equals(variantCode);
    }
}
