package id.dinsos.portal.letter;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.shared.DefinitionFiles;

/** The office's letter templates, sample values and a throw-away key pair, for tests without the application. */
final class LetterSamples {

    static final DefinitionFiles FILES = new DefinitionFiles();

    private LetterSamples() {
    }

    static OfficeProfile bekasi() {
        return FILES.parseYaml(FILES.read(FILES.resource("classpath:offices/bekasi/office.yml")), OfficeProfile.class);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** The fields of a catalogue service, read from the Bekasi files. */
    static Optional<Set<String>> fieldsOf(String serviceCode) {
        Path file = Path.of("src/main/resources/offices/bekasi/services", serviceCode + ".yml");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        ServiceDefinition service = FILES.parseYaml(FILES.read(FILES.resource("file:" + file.toAbsolutePath())),
                ServiceDefinition.class);
        return Optional.of(service.fields().stream().map(FormField::code).collect(Collectors.toSet()));
    }

    /** Every letter type in the top-level templates/letters folder, by code (not the receipt templates). */
    static Map<String, LetterTemplate> templates() throws IOException {
        Map<String, LetterTemplate> letters = new TreeMap<>(allTemplates());
        letters.values().removeIf(LetterTemplate::isReceipt);
        return letters;
    }

    /** The receipt templates ({@code kind: receipt}) in the top-level templates/letters folder, by code. */
    static Map<String, LetterTemplate> receipts() throws IOException {
        Map<String, LetterTemplate> receipts = new TreeMap<>(allTemplates());
        receipts.values().removeIf(t -> !t.isReceipt());
        return receipts;
    }

    /** Every template in the top-level templates/letters folder, by code. */
    static Map<String, LetterTemplate> allTemplates() throws IOException {
        Map<String, LetterTemplate> templates = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("templates/letters"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                LetterTemplate template = LetterTemplateParser.parse(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8), LetterSamples::fieldsOf);
                templates.put(template.code(), template);
            }
        }
        return templates;
    }

    /** A value for every placeholder the template uses, with characters beyond Latin-1. */
    static Map<String, String> values(LetterTemplate template) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("applicant.name", "Nyoman Ayu Kadek Séptiani");
        values.put("applicant.nik", "3216054107850002");
        values.put("applicant.nik-masked", "3216••••••••0002");
        values.put("beneficiary.name", "Sri Wahyuningsih");
        values.put("beneficiary.nik", "3216055001100003");
        values.put("service.name", "Layanan contoh");
        values.put("tracking.number", "SJP-2026-000042");
        values.put("decision.date", "14 Agustus 2026");
        StringBuilder all = new StringBuilder(template.title());
        template.blocks().forEach(b -> all.append(' ').append(b));
        Matcher m = LetterTemplate.PLACEHOLDER.matcher(all);
        while (m.find()) {
            if (m.group(1).startsWith("answers.")) {
                values.put(m.group(1), "Isian “" + m.group(1).substring(8) + "”");
            }
        }
        return values;
    }

    /** A CA and a signer certificate it issued (RSA-3072), made in memory. */
    record TestKey(java.security.PrivateKey key, X509Certificate[] chain) {
    }

    static TestKey testKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        KeyPair ca = generator.generateKeyPair();
        KeyPair signer = generator.generateKeyPair();
        Instant now = Instant.now();
        X500Name caName = new X500Name("CN=Uji CA Lokal, O=Dinas Sosial Uji, C=ID");
        X509Certificate caCert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(caName,
                BigInteger.ONE, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                caName, ca.getPublic()).addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(caName,
                BigInteger.TWO, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
                new X500Name("CN=Kepala Dinas Uji, O=Dinas Sosial Uji, C=ID"), signer.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivate())));
        return new TestKey(signer.getPrivate(), new X509Certificate[] {cert, caCert});
    }

    static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }
}
