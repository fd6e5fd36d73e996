package id.dinsos.portal.catalogue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

import id.dinsos.portal.shared.LocalizedText;
import id.dinsos.portal.shared.Texts;

/**
 * One service of the Standar Pelayanan with all 14 components of UU 25/2009 Pasal 21. The six that
 * PermenPANRB 15/2014 publishes (requirements; procedure; time limit; fee; product; complaint
 * handling) come first; the eight internal ones follow.
 */
public record ServiceDefinition(
        String code,
        int order,
        String section,
        String unit,
        @Nullable String team,
        // the letters that start the service's tracking numbers (ALB-2026-000123)
        String trackingPrefix,
        LocalizedText name,
        LocalizedText officialName,
        LocalizedText summary,
        Channel channel,
        LocalizedText channelNote,
        List<String> keywords,
        List<Variant> variants,
        // the application (or report) form's own questions, beyond the applicant's identity
        List<FormField> fields,
        // service delivery: the six public components
        List<Requirement> requirements,
        @Nullable LocalizedText requirementsNote,
        List<LocalizedText> procedure,
        TimeLimit timeLimit,
        Fee fee,
        LocalizedText product,
        @Nullable ProductKind productLetter,
        List<LocalizedText> complaintChannels,
        // management: the eight internal components
        List<LocalizedText> legalBasis,
        Staff staff,
        List<LocalizedText> competence,
        List<LocalizedText> facilities,
        List<LocalizedText> supervision,
        List<String> supervisionChain,
        List<LocalizedText> guarantee,
        List<LocalizedText> safety,
        List<LocalizedText> evaluation) {

    /** The role codes an internal supervision chain may name, bottom to top. */
    public static final Set<String> ROLES = Set.of("pelaksana", "ketua-tim", "kepala-seksi", "kepala-uptd",
            "kepala-bidang", "sekretaris", "kepala-dinas");

    public ServiceDefinition {
        Texts.requireCode(code, "code");
        Assert.isTrue(order > 0, "order must be positive");
        Assert.hasText(section, "section is required");
        Texts.requireCode(unit, "unit");
        Assert.isTrue(trackingPrefix != null && trackingPrefix.matches("[A-Z]{2,5}"),
                "trackingPrefix must be 2 to 5 capital letters");
        Assert.notNull(name, "name is required");
        Assert.notNull(officialName, "officialName is required");
        Assert.notNull(summary, "summary is required");
        Assert.notNull(channel, "channel is required");
        Assert.notNull(channelNote, "channelNote is required");
        keywords = Texts.optional(keywords);
        variants = Texts.optional(variants);
        fields = Texts.optional(fields);
        requirements = Texts.required(requirements, "requirements");
        procedure = Texts.required(procedure, "procedure");
        Assert.notNull(timeLimit, "timeLimit is required");
        Assert.notNull(fee, "fee is required");
        Assert.notNull(product, "product is required");
        complaintChannels = Texts.required(complaintChannels, "complaintChannels");
        legalBasis = Texts.required(legalBasis, "legalBasis");
        Assert.notNull(staff, "staff is required");
        competence = Texts.required(competence, "competence");
        facilities = Texts.required(facilities, "facilities");
        supervision = Texts.required(supervision, "supervision");
        supervisionChain = Texts.required(supervisionChain, "supervisionChain");
        guarantee = Texts.required(guarantee, "guarantee");
        safety = Texts.required(safety, "safety");
        evaluation = Texts.required(evaluation, "evaluation");

        Set<String> variantCodes = new HashSet<>();
        for (Variant v : variants) {
            Assert.isTrue(variantCodes.add(v.code()), "variant " + v.code() + " is listed twice");
        }
        Set<String> requirementKeys = new HashSet<>();
        for (Requirement r : requirements) {
            Assert.isTrue(r.variant() == null || variantCodes.contains(r.variant()),
                    "requirement " + r.code() + " names unknown variant " + r.variant());
            Assert.isTrue(requirementKeys.add(r.code() + "/" + r.variant()),
                    "requirement " + r.code() + " is listed twice");
        }
        Set<String> fieldCodes = new HashSet<>();
        for (FormField f : fields) {
            Assert.isTrue(fieldCodes.add(f.code()), "field " + f.code() + " is listed twice");
            Assert.isTrue(f.variant() == null || variantCodes.contains(f.variant()),
                    "field " + f.code() + " names unknown variant " + f.variant());
        }
        for (String role : supervisionChain) {
            Assert.isTrue(ROLES.contains(role), "supervisionChain names unknown role " + role);
        }
    }

    /** The requirements of one variant (those of every variant included); all of them for null. */
    public List<Requirement> requirementsFor(@Nullable String variantCode) {
        return requirements.stream().filter(r -> r.appliesTo(variantCode)).toList();
    }

    /** The form fields of one variant (those of every variant included); all of them for null. */
    public List<FormField> fieldsFor(@Nullable String variantCode) {
        return fields.stream().filter(f -> f.appliesTo(variantCode)).toList();
    }

    /** Whether a search text (already lower-cased) occurs in what a person would recognise. */
    public boolean matches(String needle, Locale locale) {
        if (needle.isBlank()) {
            return true;
        }
        return contains(name, needle) || contains(officialName, needle) || contains(summary, needle)
                || contains(product, needle) || code.contains(needle)
                || keywords.stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static boolean contains(LocalizedText text, String needle) {
        return text.id().toLowerCase(Locale.ROOT).contains(needle)
                || (text.en() != null && text.en().toLowerCase(Locale.ROOT).contains(needle));
    }

    public record Variant(String code, LocalizedText name) {
        public Variant {
            Texts.requireCode(code, "variant code");
            Assert.notNull(name, "variant " + code + ": name is required");
        }
    }

    /** The fee in rupiah with the standard's wording; every service of a Dinas Sosial is free. */
    public record Fee(BigDecimal amount, LocalizedText text) {
        public Fee {
            Assert.notNull(amount, "fee.amount is required");
            Assert.isTrue(amount.signum() >= 0, "fee.amount must not be negative");
            Assert.notNull(text, "fee.text is required");
        }

        public boolean isFree() {
            return amount.signum() == 0;
        }
    }

    /** Jumlah Pelaksana: the number of officers, with the standard's wording. */
    public record Staff(int count, LocalizedText text) {
        public Staff {
            Assert.isTrue(count > 0, "staff.count must be positive");
            Assert.notNull(text, "staff.text is required");
        }
    }

    /** The kind of product a service delivers. */
    public enum ProductKind { LETTER, GOODS, RECORD, DECREE }
}
