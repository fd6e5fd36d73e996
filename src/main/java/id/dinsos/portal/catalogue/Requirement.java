package id.dinsos.portal.catalogue;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.Texts;

/**
 * One item of a service's requirements checklist.
 *
 * @param variant  the variant it belongs to (UGB or PUB; new LKS or renewal), null for every variant
 * @param document true for a paper to bring or upload, false for a condition (e.g. residence)
 */
public record Requirement(String code, LocalizedText name, @Nullable LocalizedText note, @Nullable String variant,
                          @Nullable Boolean mandatory, @Nullable Boolean document) {

    public Requirement {
        Texts.requireCode(code, "requirement code");
        Assert.notNull(name, "requirement " + code + ": name is required");
        mandatory = mandatory == null || mandatory;
        document = document == null || document;
    }

    public boolean isMandatory() {
        return Boolean.TRUE.equals(mandatory);
    }

    public boolean isDocument() {
        return Boolean.TRUE.equals(document);
    }

    public boolean appliesTo(@Nullable String variantCode) {
        return variant == null || variantCode == null || variant.equals(variantCode);
    }
}
