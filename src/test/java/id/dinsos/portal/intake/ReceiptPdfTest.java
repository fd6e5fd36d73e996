package id.dinsos.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.i18n.Languages;

/** The receipt's layout without the application around it: texts, fonts, dates, a long list of files. */
class ReceiptPdfTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    private final DefinitionFiles files = new DefinitionFiles();

    private OfficeProfile bekasi() {
        return files.parseYaml(files.read(files.resource("classpath:offices/bekasi/office.yml")), OfficeProfile.class);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private ReceiptPdf.Content content(Locale locale, List<ReceiptPdf.Received> received) {
        // 23:40 UTC is already the next day in Jakarta (UTC+7).
        ZonedDateTime submitted = ZonedDateTime.of(2026, 5, 16, 23, 40, 0, 0, ZoneId.of("UTC")).withZoneSameInstant(JAKARTA);
        return new ReceiptPdf.Content(locale, bekasi(), ApplicationKind.APPLICATION, "ALB-2026-000042",
                "Permohonan Alat Bantu Disabilitas", submitted, submitted.plusMinutes(5), "Nyoman Ayu Kadek Séptiani",
                "3216••••••••0002", "Sri Wahyuningsih", received, "3 Bulan", true, "Rp. 0,-",
                "https://layanan.example.go.id/lacak?nomor=ALB-2026-000042");
    }

    @Test
    void dates_are_in_the_office_zone_and_names_keep_their_letters() throws IOException {
        byte[] pdf = new ReceiptPdf(messages(), content(Languages.INDONESIAN,
                List.of(new ReceiptPdf.Received("KTP", List.of("KTP Nyoman – “asli”.pdf"))))).render();

        String text = PdfChecks.text(pdf);
        assertThat(text).contains("17 Mei 2026, pukul 06.40 WIB", "Nyoman Ayu Kadek Séptiani", "3216••••••••0002",
                "KTP Nyoman – “asli”.pdf", "Berkas yang diterima: 1 berkas", "ALB-2026-000042");
        PdfChecks.assertEveryFontIsEmbedded(pdf);
        PdfChecks.qpdfCheck(pdf);
    }

    @Test
    void a_long_list_of_files_runs_onto_a_second_page_with_its_header_repeated() throws IOException {
        List<ReceiptPdf.Received> received = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            received.add(new ReceiptPdf.Received("Persyaratan nomor " + i,
                    List.of("berkas-" + i + "-halaman-1.pdf", "berkas-" + i + "-halaman-2.jpg", "berkas-" + i + "-3.png")));
        }
        byte[] pdf = new ReceiptPdf(messages(), content(Languages.ENGLISH, received)).render();
        Path sample = Path.of("target", "receipt-sample.pdf");
        Files.createDirectories(sample.getParent());
        Files.write(sample, pdf);

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        reader.close();
        assertThat(PdfChecks.text(pdf)).contains("Documents received: 36 files", "17 May 2026, 06:40 WIB",
                "berkas-12-3.png", "This service is free of charge (Rp 0)");
        PdfChecks.assertEveryFontIsEmbedded(pdf);
        PdfChecks.qpdfCheck(pdf);
    }
}
