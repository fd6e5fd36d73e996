package id.dinsos.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.support.IntegrationTest;

/** The start-up import on a real MariaDB: versioned, idempotent, all-or-nothing. */
@IntegrationTest
class CatalogueImportIntegrationTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreTheOfficesFiles() {
        // Other tests read the catalogue as the files state it.
        catalogue.importCatalogue(CatalogueFiles.sources());
    }

    @Test
    void the_start_up_imported_all_fourteen_services_with_their_requirement_rows() {
        assertThat(catalogue.services()).hasSize(14);
        Integer adoptionRows = jdbc.queryForObject("""
                SELECT COUNT(*) FROM catalogue_requirement r
                JOIN catalogue_service_version v ON v.id = r.service_version_id
                JOIN catalogue_service s ON s.code = v.service_code AND s.current_version = v.version_no
                WHERE s.code = 'adopsi-anak'""", Integer.class);
        assertThat(adoptionRows).isEqualTo(20);
    }

    @Test
    void importing_unchanged_files_again_writes_no_new_version() {
        int before = catalogue.versionCount("lks");
        CatalogueService.ImportReport report = catalogue.importCatalogue(CatalogueFiles.sources());
        assertThat(report.imported()).isZero();
        assertThat(report.unchanged()).isEqualTo(14);
        assertThat(catalogue.versionCount("lks")).isEqualTo(before);
    }

    @Test
    void a_changed_file_becomes_the_next_version_and_the_old_one_is_kept() {
        int before = catalogue.versionCount("alat-bantu");
        List<SourceFile> files = replace(CatalogueFiles.sources(), "alat-bantu", "Kursi Roda", "Kursi Roda atau Kruk");

        CatalogueService.ImportReport report = catalogue.importCatalogue(files);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(catalogue.versionCount("alat-bantu")).isEqualTo(before + 1);
        assertThat(catalogue.service("alat-bantu").orElseThrow().product().id()).isEqualTo("Kursi Roda atau Kruk");
        Integer versions = jdbc.queryForObject(
                "SELECT COUNT(*) FROM catalogue_service_version WHERE service_code = 'alat-bantu'", Integer.class);
        assertThat(versions).isEqualTo(before + 1);
    }

    @Test
    void a_broken_file_stops_the_import_and_leaves_the_catalogue_as_it_was() {
        int before = catalogue.versionCount("sjpp");
        List<SourceFile> files = replace(replace(CatalogueFiles.sources(), "sjpp", "10 (Sepuluh) Menit", "Sepuluh menit lagi"),
                "dtks", "unit: fakir-miskin", "unit: bidang-yang-tidak-ada");

        assertThatThrownBy(() -> catalogue.importCatalogue(files))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("dtks.yml").hasMessageContaining("bidang-yang-tidak-ada");
        assertThat(catalogue.versionCount("sjpp")).isEqualTo(before);
        assertThat(catalogue.service("sjpp").orElseThrow().timeLimit().text().id()).isEqualTo("10 (Sepuluh) Menit");
    }

    @Test
    void a_service_whose_file_is_gone_is_withdrawn_and_comes_back_with_its_file() {
        List<SourceFile> without = CatalogueFiles.sources().stream().filter(f -> !f.name().equals("odgj.yml")).toList();
        assertThat(catalogue.importCatalogue(without).withdrawn()).isEqualTo(1);
        assertThat(catalogue.service("odgj")).isEmpty();
        assertThat(catalogue.services()).hasSize(13);

        int versions = catalogue.versionCount("odgj");
        catalogue.importCatalogue(CatalogueFiles.sources());
        assertThat(catalogue.service("odgj")).isPresent();
        assertThat(catalogue.versionCount("odgj")).as("an unchanged file restores, not re-versions").isEqualTo(versions);
    }

    private static List<SourceFile> replace(List<SourceFile> files, String code, String from, String to) {
        List<SourceFile> result = new ArrayList<>();
        for (SourceFile f : files) {
            if (f.name().equals(code + ".yml")) {
                String text = new String(f.content(), StandardCharsets.UTF_8);
                assertThat(text).contains(from);
                byte[] bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
                result.add(new SourceFile(f.name(), bytes, DefinitionFiles.sha256(bytes)));
            } else {
                result.add(f);
            }
        }
        return result;
    }
}
