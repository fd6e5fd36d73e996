package id.dinsos.portal.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Letters rendered and signed per second on this machine, and the median time per letter: PDF/A-2b with
 * the letterhead, the QR code and the embedded fonts, then a visible RSA-3072 detached CMS signature.
 * Run with {@code ./mvnw verify -Pbenchmark} ({@code -Dbenchmark.letters=...}); the default build never runs it.
 * The database's share (the number book's row lock, the letter row, the file store) is measured by
 * {@code LetterNumberingConcurrencyTest}'s fifty concurrent signings, not here.
 */
class LetterBenchmark {

    @Test
    void letters_rendered_and_signed_per_second() throws Exception {
        int letters = Integer.getInteger("benchmark.letters", 200);
        int warmUp = 20;
        LetterSamples.TestKey key = LetterSamples.testKey();
        List<LetterTemplate> templates = new ArrayList<>(LetterSamples.templates().values());
        var office = LetterSamples.bekasi();
        var messages = LetterSamples.messages();
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        long wallStart = 0;
        for (int i = 0; i < warmUp + letters; i++) {
            if (i == warmUp) {
                wallStart = System.nanoTime();
            }
            long start = System.nanoTime();
            LetterTemplate template = templates.get(i % templates.size());
            LetterPdf.Rendered rendered = new LetterPdf(messages, new LetterPdf.Content(office, template,
                    LetterSamples.values(template), String.format("400.9.14/%04d/Dinsos/2026", i + 1),
                    LocalDate.of(2026, 8, 17), new LetterPdf.SignerBlock("Kepala Dinas Sosial Kabupaten Bekasi",
                    "Drs. H. Hasan Basri, MM", "Pembina Utama Muda", "197008101991011002"),
                    "https://layanan.example.go.id/verifikasi/abcdefghijklmnopqrstuvwxyz", "Uji CA Lokal")).render();
            byte[] signed = Pkcs12LetterSigner.sign(rendered.pdf(), rendered.page(), rendered.signatureBox(),
                    new LetterSigner.SignatureRequest("Drs. H. Hasan Basri, MM", "Ditandatangani secara elektronik",
                            "Penandatanganan", "Cikarang Pusat", Instant.parse("2026-08-17T03:00:00Z")),
                    key.key(), key.chain());
            if (i >= warmUp) {
                millis.add((System.nanoTime() - start) / 1e6);
                bytes += signed.length;
            }
        }
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95)));
        System.out.println();
        System.out.println("=== LetterBenchmark: render (PDF/A-2b, QR) + sign (RSA-3072, detached CMS, visible) ===");
        System.out.printf(Locale.ROOT, "letters %d (%d warm-up not counted), one thread, %d templates%n", letters, warmUp,
                templates.size());
        System.out.printf(Locale.ROOT, "per letter ms: median %.1f, p95 %.1f, max %.1f; mean size %.0f KB%n", median, p95,
                sorted.getLast(), bytes / 1024.0 / letters);
        System.out.printf(Locale.ROOT, "throughput: %.1f letters/s%n", letters / wallSeconds);
        System.out.println();
        assertThat(median).isPositive();
    }
}
