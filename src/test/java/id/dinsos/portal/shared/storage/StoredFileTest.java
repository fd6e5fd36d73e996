package id.dinsos.portal.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The record modules keep: a cleaned name, and never the name in full in a log line. */
class StoredFileTest {

    private static final String KEY = "2026/11/0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String SHA = "a".repeat(64);

    @Test
    void only_the_last_segment_of_a_path_a_browser_sent_is_kept() {
        assertThat(StoredFile.cleanName("C:\\Users\\budi\\Documents\\KTP Budi.jpg")).isEqualTo("KTP Budi.jpg");
        assertThat(StoredFile.cleanName("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void control_and_direction_override_characters_are_removed() {
        // With U+202E (right-to-left override), "kk\u202Efdp.exe" is displayed as "kkexe.pdf".
        assertThat(StoredFile.cleanName("kk\u202Efdp.exe\n")).isEqualTo("kkfdp.exe");
    }

    @Test
    void an_empty_or_dot_name_becomes_berkas() {
        assertThat(StoredFile.cleanName("")).isEqualTo("berkas");
        assertThat(StoredFile.cleanName("..")).isEqualTo("berkas");
        assertThat(StoredFile.cleanName("folder/")).isEqualTo("berkas");
    }

    @Test
    void a_very_long_name_is_cut_keeping_its_extension() {
        String cleaned = StoredFile.cleanName("a".repeat(500) + ".pdf");
        assertThat(cleaned).hasSize(StoredFile.MAX_NAME_LENGTH).endsWith(".pdf");
    }

    @Test
    void the_string_form_masks_the_original_name() {
        StoredFile file = new StoredFile(KEY, SHA, 10, DetectedType.JPEG, "KTP Budi Santoso.jpg");
        assertThat(file.toString()).doesNotContain("Budi").contains("K….jpg").contains(KEY);
    }

    @Test
    void a_key_not_made_by_the_store_is_refused() {
        assertThatThrownBy(() -> new StoredFile("../x", SHA, 10, DetectedType.PDF, "x.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_uncleaned_name_is_refused() {
        assertThatThrownBy(() -> new StoredFile(KEY, SHA, 10, DetectedType.PDF, "a/b.pdf"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
