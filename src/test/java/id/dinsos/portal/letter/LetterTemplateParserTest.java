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
        assertThat(LetterSamples.receipts()).containsOnlyKeys("tanda-terima", "tanda-terima-en");
        assertThat(LetterSamples.receipts().get("tanda-terima-en").language()).isEqualTo(java.util.Locale.ENGLISH);
    }

    private static final String RECEIPT = """
            kind: receipt
            title: TANDA TERIMA {{receipt.kind}}
            ---
            """;

    @Test
    void a_receipt_has_a_title_and_a_body_with_the_documents_received_and_no_number_paraf_or_signer() {
        LetterTemplate receipt = parse(RECEIPT + """
                [table]
                NIK | {{applicant.nik-masked}}
                [documents]
                [paragraph]
                Lacak di {{tracking.link}}.
                """);
        assertThat(receipt.isReceipt()).isTrue();
        assertThat(receipt.language()).isEqualTo(LetterPdf.INDONESIAN);
        assertThat(receipt.classification()).isNull();
        assertThat(receipt.signer()).isNull();
        assertThat(receipt.paraf()).isEmpty();
        assertThat(receipt.services()).isEmpty();
        assertThat(receipt.blocks()).containsExactly(
                new LetterTemplate.Table(List.of(new LetterTemplate.Row("NIK", "{{applicant.nik-masked}}"))),
                new LetterTemplate.Documents(),
                new LetterTemplate.Paragraph("Lacak di {{tracking.link}}."));
        assertThat(parse("kind: receipt\nlanguage: en\ntitle: RECEIPT\n---\n[paragraph]\nText.\n").language())
                .isEqualTo(java.util.Locale.ENGLISH);
    }

    @Test
    void a_receipt_refuses_letter_headers_letter_placeholders_and_a_documents_section_with_text() {
        refused("kind: receipt\ntitle: T\nsigner: HEAD_OF_OFFICE\n---\n[paragraph]\nA\n", 3,
                "a receipt has no number, services, paraf or signer: remove header 'signer'");
        refused("kind: receipt\ntitle: T\nparaf: VERIFIER\n---\n[paragraph]\nA\n", 3, "remove header 'paraf'");
        refused("kind: receipt\ntitle: T\nclassification: 400.9.14\n---\n[paragraph]\nA\n", 3,
                "remove header 'classification'");
        refused("kind: receipt\n---\n[paragraph]\nA\n", 1, "header 'title' is required");
        refused("kind: receipt\nlanguage: fr\ntitle: T\n---\n[paragraph]\nA\n", 2, "language must be one of [en, id]");
        refused("kind: memo\ntitle: T\n---\n[paragraph]\nA\n", 1, "kind must be 'letter' (the default) or 'receipt'");
        // The full NIK, the number and the signer are not a receipt's.
        refused(RECEIPT + "[paragraph]\nNIK {{applicant.nik}}\n", 5, "unknown placeholder {{applicant.nik}}");
        refused(RECEIPT + "[paragraph]\nNomor {{number}}\n", 5, "unknown placeholder {{number}}");
        refused(RECEIPT + "[paragraph]\nA\n[documents]\nKTP | ada\n", 7, "[documents] takes no text");
        refused(RECEIPT + "[documents]\n[documents]\n[paragraph]\nA\n", 5, "[documents] given twice");
        refused(RECEIPT + "[documents]\n", 4, "at least one [paragraph]");
    }

    @Test
    void a_letter_refuses_the_documents_section_and_a_language() {
        refused(HEADER + "[documents]\n[paragraph]\nA\n", 8, "[documents] is only for kind: receipt");
        refused("language: en\n" + HEADER + "[paragraph]\nA\n", 1, "letters (naskah dinas) are written in Indonesian");
    }
}
