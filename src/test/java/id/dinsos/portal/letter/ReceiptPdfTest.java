package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import id.dinsos.portal.intake.ApplicationKind;
import id.dinsos.portal.intake.PdfChecks;
import id.dinsos.portal.intake.ReceiptContent;
import id.dinsos.portal.office.Emblems;
import id.dinsos.portal.shared.i18n.Languages;

/**
 * The receipt on the letters' path (issue 6, item 8), without the application around it: the office's
 * receipt templates, texts, fonts, dates, a long list of files, the QR code to the tracking page, PDF/A-2b;
 * and the office's emblem in the letterhead of receipts and letters.
 */
class ReceiptPdfTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String TRACKING = "https://layanan.example.go.id/lacak?nomor=ALB-2026-000042";

    private static ReceiptContent content(Locale locale, ApplicationKind kind, List<ReceiptContent.Received> received) {
        // 23:40 UTC is already the next day in Jakarta (UTC+7).
        ZonedDateTime submitted = ZonedDateTime.of(2026, 5, 16, 23, 40, 0, 0, ZoneId.of("UTC")).withZoneSameInstant(JAKARTA);
        return new ReceiptContent(locale, LetterSamples.bekasi(), kind, "ALB-2026-000042",
                "Permohonan Alat Bantu Disabilitas", submitted, submitted.plusMinutes(5), "Nyoman Ayu Kadek Séptiani",
                "3216••••••••0002", "Sri Wahyuningsih", received, "3 Bulan", true, "Rp. 0,-", TRACKING);
    }

    private static byte[] receipt(ReceiptContent content, byte @Nullable [] emblem) throws IOException {
        LetterTemplate template = LetterSamples.receipts().get(
                content.locale().getLanguage().equals("en") ? "tanda-terima-en" : "tanda-terima");
        return new LetterPdf(LetterSamples.messages(),
                TemplateReceiptRenderer.pdfContent(template, content, emblem, LetterSamples.messages())).renderReceipt();
    }

    @Test
    void dates_are_in_the_office_zone_and_names_keep_their_letters_and_the_qr_code_leads_to_the_tracking_page()
            throws Exception {
        byte[] pdf = receipt(content(Languages.INDONESIAN, ApplicationKind.APPLICATION,
                List.of(new ReceiptContent.Received("KTP", List.of("KTP Nyoman – “asli”.pdf")))), null);

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN BEKASI", "DINAS SOSIAL", "TANDA TERIMA PERMOHONAN",
                "Nomor pendaftaran: ALB-2026-000042", "Permohonan Alat Bantu Disabilitas",
                "17 Mei 2026, pukul 06.40 WIB", "Nyoman Ayu Kadek Séptiani", "3216••••••••0002", "Sri Wahyuningsih",
                "KTP Nyoman – “asli”.pdf", "Berkas yang diterima: 1 berkas", "3 Bulan", "Rp. 0,-",
                "tidak dipungut biaya apa pun (Rp 0)", TRACKING, "tidak ditandatangani");
        // Not a letter: no number, no signature block, no claim of a signature.
        assertThat(text).doesNotContain("Nomor:", "NIP.", "ditandatangani secara elektronik");
        assertThat(PdfTools.decodeQr(pdf)).isEqualTo(TRACKING);
        assertThat(PdfTools.pdfaFailures(pdf)).isEmpty();
        PdfChecks.assertEveryFontIsEmbedded(pdf);
        PdfChecks.qpdfCheck(pdf);
    }

    @Test
    void a_report_gets_a_report_receipt() throws IOException {
        byte[] pdf = receipt(content(Languages.INDONESIAN, ApplicationKind.REPORT, List.of()), null);

        assertThat(PdfChecks.text(pdf)).contains("TANDA TERIMA LAPORAN", "Tidak ada berkas yang diunggah.");
    }

    @Test
    void a_long_list_of_files_runs_onto_a_second_page_with_its_header_repeated() throws Exception {
        List<ReceiptContent.Received> received = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            received.add(new ReceiptContent.Received("Persyaratan nomor " + i,
                    List.of("berkas-" + i + "-halaman-1.pdf", "berkas-" + i + "-halaman-2.jpg", "berkas-" + i + "-3.png")));
        }
        byte[] pdf = receipt(content(Languages.ENGLISH, ApplicationKind.APPLICATION, received), null);
        Path sample = Path.of("target", "receipt-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        reader.close();
        assertThat(second).contains("Requirement", "File name", "berkas-12-3.png");
        assertThat(PdfChecks.text(pdf)).contains("APPLICATION RECEIPT", "Tracking number: ALB-2026-000042",
                "Documents received: 36 files", "17 May 2026, 06:40 WIB", "berkas-12-3.png",
                "This service is free of charge (Rp 0)", "is not signed");
        assertThat(PdfTools.pdfaFailures(pdf)).isEmpty();
        PdfChecks.assertEveryFontIsEmbedded(pdf);
        PdfChecks.qpdfCheck(pdf);
    }

    @Test
    void with_an_emblem_the_letterhead_of_a_receipt_and_of_a_letter_carries_the_image_and_stays_pdfa_2b()
            throws Exception {
        byte[] emblem = Emblems.normalised("lambang.png", transparentPng(120, 140));

        byte[] receipt = receipt(content(Languages.INDONESIAN, ApplicationKind.APPLICATION, List.of()), emblem);
        LetterTemplate sjpp = LetterSamples.templates().get("rekomendasi-sjpp");
        byte[] letter = new LetterPdf(LetterSamples.messages(), new LetterPdf.Content(LetterSamples.bekasi(), sjpp,
                LetterSamples.values(sjpp), "400.9.14/0042/Dinsos/2026", LocalDate.of(2026, 8, 17),
                new LetterPdf.SignerBlock("KEPALA DINAS SOSIAL KABUPATEN BEKASI", "Drs. H. Hasan Basri, MM", null, null),
                "https://layanan.example.go.id/verifikasi/abc", "Uji CA").withEmblem(emblem)).render().pdf();
        byte[] without = receipt(content(Languages.INDONESIAN, ApplicationKind.APPLICATION, List.of()), null);

        for (byte[] pdf : List.of(receipt, letter)) {
            assertThat(images(pdf)).containsExactly("120x140");
            assertThat(PdfTools.pdfaFailures(pdf)).isEmpty();
            assertThat(PdfChecks.text(pdf)).contains("PEMERINTAH KABUPATEN BEKASI", "DINAS SOSIAL");
            PdfChecks.qpdfCheck(pdf);
        }
        assertThat(images(without)).isEmpty();
        Files.createDirectories(Path.of("target/letters"));
        Files.write(Path.of("target/letters/tanda-terima-dengan-lambang.pdf"), receipt);
    }

    /** A shield on a transparent background, as an office's emblem file often is. */
    private static byte[] transparentPng(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1B, 0x5E, 0x20));
        g.fillPolygon(new int[] {10, width - 10, width - 10, width / 2, 10},
                new int[] {10, 10, height / 2, height - 10, height / 2}, 5);
        g.setColor(new Color(0xFF, 0xD6, 0x00, 160));
        g.fillOval(width / 4, height / 5, width / 2, width / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The image XObjects of a PDF, as {@code widthxheight}. */
    private static List<String> images(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            List<String> images = new ArrayList<>();
            for (int i = 1; i < reader.getXrefSize(); i++) {
                PdfObject object = PdfReader.getPdfObjectRelease(reader.getPdfObject(i));
                if (object instanceof PdfDictionary d && PdfName.IMAGE.equals(d.get(PdfName.SUBTYPE))) {
                    images.add(d.get(PdfName.WIDTH) + "x" + d.get(PdfName.HEIGHT));
                }
            }
            return images;
        } finally {
            reader.close();
        }
    }
}
