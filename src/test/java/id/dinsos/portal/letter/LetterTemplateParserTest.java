package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.dinsos.portal.account.StaffRole;

/** The letter template format (docs/letter-templates.md): what it reads, and what it refuses with line and reason. */
class LetterTemplateParserTest {

    private static final String HEADER = """
            # a comment
            title: SURAT REKOMENDASI
            classification: 400.9.14
            services: sjpp
            paraf: VERIFIER, TEAM_LEAD
            signer: HEAD_OF_OFFICE
            ---
            """;

    private static LetterTemplate parse(String text) {
        return LetterTemplateParser.parse("uji.txt", text,
                code -> code.equals("sjpp") ? Optional.of(Set.of("nama-faskes")) : Optional.empty());
    }

    private static void refused(String text, int line, String reason) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(InvalidLetterTemplateException.class)
                .satisfies(e -> {
                    InvalidLetterTemplateException problem = (InvalidLetterTemplateException) e;
                    assertThat(problem.line()).as(problem.getMessage()).isEqualTo(line);
                    assertThat(problem.reason()).contains(reason);
                    assertThat(problem.getMessage()).startsWith("uji.txt:" + line + ": ");
                });
    }

    @Test
    void reads_headers_addressee_paragraphs_and_a_table() {
        LetterTemplate template = parse(HEADER + """
                [addressee]
                Yth. Direktur {{answers.nama-faskes}}
                di Tempat

                [paragraph]
                Yang bertanda tangan
                di bawah ini.

                Paragraf kedua {{ number }}.
                [table]
                Nama | {{applicant.name}}
                """);
        assertThat(template.code()).isEqualTo("uji");
        assertThat(template.classification()).isEqualTo("400.9.14");
        assertThat(template.paraf()).containsExactly(StaffRole.VERIFIER, StaffRole.TEAM_LEAD);
        assertThat(template.signer()).isEqualTo(StaffRole.HEAD_OF_OFFICE);
        assertThat(template.blocks()).containsExactly(
                new LetterTemplate.Addressee(List.of("Yth. Direktur {{answers.nama-faskes}}", "di Tempat")),
                new LetterTemplate.Paragraph("Yang bertanda tangan di bawah ini."),
                new LetterTemplate.Paragraph("Paragraf kedua {{ number }}."),
                new LetterTemplate.Table(List.of(new LetterTemplate.Row("Nama", "{{applicant.name}}"))));
    }

    @Test
    void values_are_filled_in_one_pass_as_text() {
        assertThat(LetterTemplate.fill("Nama: {{applicant.name}}, nomor {{number}}",
                Map.of("applicant.name", "{{number}} <b>x</b> $1 \\", "number", "1/2")))
                .isEqualTo("Nama: {{number}} <b>x</b> $1 \\, nomor 1/2");
    }

    @Test
    void an_unknown_placeholder_is_refused_with_its_line() {
        refused(HEADER + "[paragraph]\nA\nB {{applicant.nama}}\n", 10, "unknown placeholder {{applicant.nama}}");
        refused(HEADER + "[paragraph]\n{{answers.nama-rs}}\n", 9, "no field 'nama-rs'");
    }

    @Test
    void broken_braces_are_refused_with_their_line() {
        refused(HEADER + "[paragraph]\nNama {{applicant.name\n", 9, "not closed");
        refused(HEADER + "[paragraph]\nNama applicant.name}}\n", 9, "without '{{'");
        refused(HEADER + "[paragraph]\nNama {applicant.name}\n", 9, "single brace");
        refused(HEADER + "[paragraph]\nNama {{ }}\n", 9, "not a placeholder name");
        refused(HEADER + "[paragraph]\nA {{number {{date}}\n", 9, "before the next");
    }

    @Test
    void wrong_headers_and_sections_are_refused() {
        refused("title: X\n---\n[paragraph]\nA\n", 1, "header 'classification' is required");
        refused(HEADER.replace("400.9.14", "empat ratus"), 3, "not a code");
        refused(HEADER.replace("services: sjpp", "services: tidak-ada"), 4, "unknown service 'tidak-ada'");
        refused(HEADER.replace("VERIFIER, TEAM_LEAD", "VERIFIER, KEPALA"), 5, "not a paraf role");
        refused(HEADER.replace("signer: HEAD_OF_OFFICE", "signer: VERIFIER"), 6, "signer must be");
        refused(HEADER.replace("signer:", "signature:"), 6, "unknown header 'signature'");
        refused(HEADER.replace("---\n", ""), 6, "not ended by a line '---'");
        refused(HEADER + "Teks tanpa bagian\n", 8, "text before the first section");
        refused(HEADER + "[lampiran]\nA\n", 8, "unknown section [lampiran]");
        refused(HEADER + "[table]\nNama tanpa garis\n", 9, "exactly one '|'");
        refused(HEADER + "[addressee]\nYth. Bapak\n", 9, "at least one [paragraph]");
    }

    @Test
    void every_template_of_the_office_is_valid() throws Exception {
        assertThat(LetterSamples.templates()).hasSize(10);
    }
}
