package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.dinsos.portal.intake.PdfChecks;

/**
 * Every letter type of the office, rendered with sample values and signed with a throw-away key, then
 * checked by tools that share no code with the portal: veraPDF (PDF/A-2b), poppler's pdfsig (the
 * signature, and a digest mismatch once one signed byte changes), pdftoppm + ZXing (the QR code).
 */
class LetterPdfSigningTest {

    private static final String URL = "https://layanan.example.go.id/verifikasi/abcdefghijklmnopqrstuvwxyz";
    private static LetterSamples.TestKey key;

    @BeforeAll
    static void key() throws Exception {
        key = LetterSamples.testKey();
    }

    private static LetterPdf.Rendered render(LetterTemplate template, String number, String url) {
        return new LetterPdf(LetterSamples.messages(), new LetterPdf.Content(LetterSamples.bekasi(), template,
                LetterSamples.values(template), number, LocalDate.of(2026, 8, 17),
                new LetterPdf.SignerBlock("KEPALA DINAS SOSIAL KABUPATEN BEKASI", "Drs. H. Hasan Basri, MM",
                        "Pembina Utama Muda", "197008101991011002"), url, "Uji CA Lokal")).render();
    }

    private static byte[] sign(LetterPdf.Rendered rendered) {
        return Pkcs12LetterSigner.sign(rendered.pdf(), rendered.page(), rendered.signatureBox(),
                new LetterSigner.SignatureRequest("Drs. H. Hasan Basri, MM", "Ditandatangani secara elektronik oleh\nDrs. H. Hasan Basri, MM",
                        "Penandatanganan surat", "Cikarang Pusat", Instant.parse("2026-08-17T03:00:00Z")),
                key.key(), key.chain());
    }

    @Test
    void every_letter_type_renders_as_pdfa_2b_signs_and_pdfsig_finds_the_signature_valid_until_a_byte_changes()
            throws Exception {
        Map<String, LetterTemplate> templates = LetterSamples.templates();
        assertThat(templates).hasSize(10).containsKeys("rekomendasi-sjpp", "rekomendasi-kis-apbn", "rekomendasi-abk",
                "rekomendasi-ugb", "rekomendasi-pub", "rekomendasi-pemulangan", "rekomendasi-odgj",
                "tanda-terdaftar-lks-baru", "tanda-terdaftar-lks-ulang", "berita-acara-serah-terima");
        List<String> problems = new ArrayList<>();
        for (LetterTemplate template : templates.values()) {
            LetterPdf.Rendered rendered = render(template, "400.9.14/0042/Dinsos/2026", URL);
            List<String> unsigned = PdfTools.pdfaFailures(rendered.pdf());
            if (!unsigned.isEmpty()) {
                problems.add(template.code() + " (unsigned) PDF/A-2b: " + unsigned);
            }
            byte[] signed = sign(rendered);
            Files.createDirectories(Path.of("target/letters"));
            Files.write(Path.of("target/letters", template.code() + ".pdf"), signed);

            String text = PdfChecks.text(signed);
            assertThat(text).as(template.code()).contains("PEMERINTAH KABUPATEN BEKASI", "DINAS SOSIAL",
                    "400.9.14/0042/Dinsos/2026", "Cikarang Pusat, 17 Agustus 2026", "Drs. H. Hasan Basri, MM",
                    "NIP. 197008101991011002", "Pembina Utama Muda", "Uji CA Lokal");
            // The signed file's AcroForm names Helvetica in its default resources (OpenPDF adds them for form
            // fields); no content uses it, which is what PDF/A asks (veraPDF below checks the signed file).
            PdfChecks.assertEveryFontIsEmbedded(rendered.pdf());
            List<String> signedFailures = PdfTools.pdfaFailures(signed);
            if (!signedFailures.isEmpty()) {
                problems.add(template.code() + " (signed) PDF/A-2b: " + signedFailures);
            }

            String report = PdfTools.pdfsig(signed);
            assertThat(report).as(template.code()).contains("Signature is Valid.", "Total document signed");
            assertThat(SignatureCheck.check(signed).valid()).isTrue();

            byte[] tampered = PdfTools.tamper(signed, "<dc:title>");
            assertThat(PdfTools.pdfsig(tampered)).as(template.code()).contains("Digest Mismatch");
            assertThat(SignatureCheck.check(tampered).intact()).isFalse();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_qr_code_on_the_page_decodes_to_the_verification_address() throws Exception {
        LetterTemplate template = LetterSamples.templates().get("rekomendasi-sjpp");
        byte[] signed = sign(render(template, "400.9.14/0001/Dinsos/2026", URL));
        assertThat(PdfTools.decodeQr(signed)).isEqualTo(URL);
    }

    @Test
    void a_value_is_printed_as_text_never_read_as_a_placeholder() throws Exception {
        LetterTemplate template = LetterSamples.templates().get("rekomendasi-sjpp");
        Map<String, String> values = new java.util.HashMap<>(LetterSamples.values(template));
        values.put("applicant.name", "{{number}} <b>Budi</b> & ‘Ani’");
        byte[] pdf = new LetterPdf(LetterSamples.messages(), new LetterPdf.Content(LetterSamples.bekasi(), template,
                values, "400.9.14/0007/Dinsos/2026", LocalDate.of(2026, 8, 17),
                new LetterPdf.SignerBlock("KEPALA", "Nama", null, null), URL, "Uji")).render().pdf();
        assertThat(PdfChecks.text(pdf)).contains("{{number}} <b>Budi</b> & ‘Ani’");
    }

    @Test
    void a_draft_has_no_number_and_no_qr_code_and_says_it_is_a_draft() throws Exception {
        LetterTemplate template = LetterSamples.templates().get("rekomendasi-odgj");
        byte[] pdf = render(template, null, null).pdf();
        assertThat(PdfChecks.text(pdf)).contains("(diberikan saat ditandatangani)", "DRAF");
    }
}
