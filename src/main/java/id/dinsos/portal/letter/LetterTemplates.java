package id.dinsos.portal.letter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.shared.PortalProperties;

/**
 * The letter types of this office: {@code <templates-location>/letters/*.txt}, one file each
 * (docs/letter-templates.md). Read and checked at start-up, after the catalogue is imported (a
 * template's {@code answers.<field>} must be a field of its services): a broken file stops the start
 * with its name, line and reason.
 */
@Component
public class LetterTemplates implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LetterTemplates.class);

    private final DefinitionFiles files;
    private final CatalogueService catalogue;
    private final String folder;
    private volatile @Nullable Map<String, LetterTemplate> templates;

    LetterTemplates(DefinitionFiles files, CatalogueService catalogue, PortalProperties portal) {
        this.files = files;
        this.catalogue = catalogue;
        String location = portal.templatesLocation();
        this.folder = (location.endsWith("/") ? location : location + "/") + "letters/";
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, LetterTemplate> loaded = load();
        // Every submission prints a receipt: without one, stop here rather than at the first submission.
        receipt(LetterPdf.INDONESIAN);
        log.info("Letter templates: {} from {}", loaded.keySet(), folder);
    }

    @Override
    public int getOrder() {
        return 20; // after the catalogue's import (10)
    }

    /** Every letter type, by code. A receipt template is not one: it is never drafted, numbered or signed. */
    public Map<String, LetterTemplate> all() {
        return loaded().entrySet().stream().filter(e -> !e.getValue().isReceipt())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The receipt template ({@code kind: receipt}) in the reader's language, else the Indonesian one.
     *
     * @throws IllegalStateException when the office has no receipt template
     */
    public LetterTemplate receipt(Locale language) {
        List<LetterTemplate> receipts = loaded().values().stream().filter(LetterTemplate::isReceipt).toList();
        return receipts.stream().filter(t -> t.language().getLanguage().equals(language.getLanguage())).findFirst()
                .or(() -> receipts.stream().filter(t -> t.language().equals(LetterPdf.INDONESIAN)).findFirst())
                .orElseThrow(() -> new IllegalStateException("No receipt template (kind: receipt) in " + folder));
    }

    private Map<String, LetterTemplate> loaded() {
        Map<String, LetterTemplate> current = templates;
        return current != null ? current : load();
    }

    /** One letter type, if the office has it. */
    public Optional<LetterTemplate> find(String code) {
        return Optional.ofNullable(all().get(code));
    }

    /** The letter types issued for a service (and variant). */
    public List<LetterTemplate> forService(String serviceCode, @Nullable String variant) {
        return all().values().stream().filter(t -> t.issuedFor(serviceCode, variant)).toList();
    }

    /**
     * Checks a template as an office would upload it, against the catalogue, without installing it.
     *
     * @throws InvalidLetterTemplateException with the line and the reason
     */
    public LetterTemplate check(String fileName, String text) {
        return LetterTemplateParser.parse(fileName, text, this::fieldsOf);
    }

    private synchronized Map<String, LetterTemplate> load() {
        Map<String, LetterTemplate> loaded = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (SourceFile source : files.find(folder + "*.txt").stream().map(files::read).toList()) {
            try {
                LetterTemplate template = check(source.name(), new String(source.content(), StandardCharsets.UTF_8));
                loaded.put(template.code(), template);
            } catch (InvalidLetterTemplateException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Letter templates in " + folder + " cannot be used:\n  "
                    + String.join("\n  ", problems));
        }
        Map<String, LetterTemplate> result = Map.copyOf(loaded);
        templates = result;
        return result;
    }

    private Optional<Set<String>> fieldsOf(String serviceCode) {
        return catalogue.service(serviceCode).map(ServiceDefinition::fields)
                .map(fields -> fields.stream().map(FormField::code).collect(Collectors.toSet()));
    }

}
