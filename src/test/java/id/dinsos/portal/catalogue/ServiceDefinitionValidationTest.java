package id.dinsos.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;

/** A broken catalogue file is refused with its name and the reason, never half-imported. */
class ServiceDefinitionValidationTest {

    private static SourceFile edited(String code, String from, String to) {
        SourceFile original = CatalogueFiles.sources().stream().filter(f -> f.name().equals(code + ".yml"))
                .findFirst().orElseThrow();
        String text = new String(original.content(), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        byte[] bytes = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
        return new SourceFile(original.name(), bytes, DefinitionFiles.sha256(bytes));
    }

    private static ServiceDefinition parse(SourceFile file) {
        return CatalogueFiles.FILES.parseYaml(file, ServiceDefinition.class);
    }

    @Test
    void an_unknown_key_is_refused_with_the_file_name() {
        assertThatThrownBy(() -> parse(edited("sjpp", "\nchannel:", "\nchanel_typo: x\nchannel:")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageStartingWith("sjpp.yml:")
                .hasMessageContaining("chanel_typo");
    }

    @Test
    void an_unknown_time_unit_is_refused() {
        assertThatThrownBy(() -> parse(edited("alat-bantu", "unit: MONTHS", "unit: FORTNIGHTS")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("alat-bantu.yml");
    }

    @Test
    void a_time_range_whose_low_end_exceeds_its_high_end_is_refused() {
        assertThatThrownBy(() -> parse(edited("adopsi-anak", "max: 1.5", "max: 0.5")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("timeLimit.min must not exceed timeLimit.max");
    }

    @Test
    void a_requirement_of_an_unknown_variant_is_refused() {
        assertThatThrownBy(() -> parse(edited("rekomendasi-ugb-pub", "variant: pub", "variant: lottery")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("unknown variant lottery");
    }

    @Test
    void an_unknown_role_in_the_supervision_chain_is_refused() {
        assertThatThrownBy(() -> parse(edited("rujukan", "- kepala-dinas", "- bupati")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("unknown role bupati");
    }

    @Test
    void a_valid_file_parses_to_the_same_definition_after_a_round_trip_through_json() {
        ServiceDefinition lks = CatalogueFiles.service("lks");
        String json = CatalogueFiles.FILES.toJson(lks);
        assertThat(json).doesNotContain("\"free\"").doesNotContain("\"range\"");
        assertThat(CatalogueFiles.FILES.fromJson(json, ServiceDefinition.class)).isEqualTo(lks);
    }
}
