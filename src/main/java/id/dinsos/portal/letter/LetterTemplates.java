package id.dinsos.portal.letter;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.dinsos.portal.catalogue.CatalogueService;
import id.dinsos.portal.catalogue.FormField;
import id.dinsos.portal.catalogue.ServiceDefinition;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.shared.PortalProperties;

/**
 * The letter types of this office: the shipped files {@code <templates-location>/letters/*.txt}, one
 * each (docs/letter-templates.md), overridden by the versions an administrator installed
 * ({@code letter_template_version}, docs/adr/0022). The files are read and checked at start-up, after
 * the catalogue is imported (a template's {@code answers.<field>} must be a field of its services): a
 * broken file stops the start with its name, line and reason.
 * <p>
 * Several nodes share the database: before each use this reads the table's highest id (one indexed
 * read) and re-reads the installed versions when it changed, so an install on one node is served by
 * every node from its next request, without a restart.
 */
@Component
public class LetterTemplates implements ApplicationRunner, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LetterTemplates.class);

    /** The version number of a shipped file: it is no row of {@code letter_template_version}. */
    public static final int SHIPPED = 0;

    private final DefinitionFiles files;
    private final CatalogueService catalogue;
    private final JdbcTemplate jdbc;
    private final String folder;
    private volatile @Nullable Map<String, ActiveTemplate> shipped;
    private volatile @Nullable Snapshot snapshot;
    /** Templates of drafted letters by type and SHA-256: a text never changes, so this never goes stale. */
    private final Map<String, LetterTemplate> recorded = new ConcurrentHashMap<>();

    /**
     * The template a letter type is drafted with now.
     *
     * @param text      the template's text
     * @param sha256    its SHA-256 (hex), the identity a letter records
     * @param versionNo {@link #SHIPPED} for the shipped file, else the installed version's number (a revert
     *                  counts as a version too)
     * @param installed the latest installed version of the type, or null when none was ever installed
     */
    public record ActiveTemplate(LetterTemplate template, String text, String sha256, int versionNo,
                                 @Nullable Installed installed) {

        /** Whether the office's administrator changed this type (an installed text, not the shipped file). */
        public boolean customised() {
            return installed != null && installed.kind() == Installed.Kind.INSTALLED;
        }
    }

    /** One row of a type's history: who installed (or reverted) which version when, and why. */
    public record Installed(String letterType, int versionNo, Kind kind, @Nullable String sha256, long installedBy,
                            String installedByName, Instant installedAt, @Nullable String note) {

        public enum Kind { INSTALLED, REVERTED }
    }

    private record Snapshot(long stamp, Map<String, ActiveTemplate> active, Map<String, Installed> latest) {
    }

    LetterTemplates(DefinitionFiles files, CatalogueService catalogue, PortalProperties portal, JdbcTemplate jdbc) {
        this.files = files;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        String location = portal.templatesLocation();
        this.folder = (location.endsWith("/") ? location : location + "/") + "letters/";
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, ActiveTemplate> loaded = shipped();
        Snapshot current = current();
        // Every submission prints a receipt: without one, stop here rather than at the first submission.
        receipt(LetterPdf.INDONESIAN);
        log.info("Letter templates: {} from {}, installed: {}", loaded.keySet(), folder,
                current.latest().values().stream().map(i -> i.letterType() + " v" + i.versionNo() + " " + i.kind())
                        .toList());
    }

    @Override
    public int getOrder() {
        return 20; // after the catalogue's import (10)
    }

    /**
     * Every letter type, by code: the installed version where there is one, else the shipped file. A receipt
     * template is not one: it is never drafted, numbered or signed.
     */
    public Map<String, LetterTemplate> all() {
        Map<String, LetterTemplate> result = new TreeMap<>();
        current().active().forEach((code, active) -> {
            if (!active.template().isReceipt()) {
                result.put(code, active.template());
            }
        });
        return result;
    }

    /**
     * The receipt template ({@code kind: receipt}) in the reader's language, else the Indonesian one: the
     * installed version where an administrator installed one, else the shipped file.
     *
     * @throws IllegalStateException when the office has no receipt template
     */
    public LetterTemplate receipt(Locale language) {
        List<LetterTemplate> receipts = current().active().values().stream().map(ActiveTemplate::template)
                .filter(LetterTemplate::isReceipt).toList();
        return receipts.stream().filter(t -> t.language().getLanguage().equals(language.getLanguage())).findFirst()
                .or(() -> receipts.stream().filter(t -> t.language().equals(LetterPdf.INDONESIAN)).findFirst())
                .orElseThrow(() -> new IllegalStateException("No receipt template (kind: receipt) in " + folder));
    }

    /** One letter type, if the office has it (a receipt template is none). */
    public Optional<LetterTemplate> find(String code) {
        return active(code).map(ActiveTemplate::template).filter(t -> !t.isReceipt());
    }

    /** One letter type with its text and identity, as a draft made now records it. */
    public Optional<ActiveTemplate> active(String code) {
        return Optional.ofNullable(current().active().get(code));
    }

    /** Every letter type with its text, identity and latest installed version, by code. */
    public Map<String, ActiveTemplate> actives() {
        return new TreeMap<>(current().active());
    }

    /** The shipped file of a letter type, if the office's folder has one. */
    public Optional<ActiveTemplate> shippedFile(String code) {
        return Optional.ofNullable(shipped().get(code));
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

    /**
     * The template a letter was drafted with, by its SHA-256; null (a letter drafted before templates were
     * recorded) gives the type's active template. The recorded text was checked when it was installed or
     * shipped; it is read again without the catalogue check, so a form field removed since does not stop
     * the signature of a letter already initialled (its value was taken at drafting).
     */
    Optional<LetterTemplate> recorded(String code, @Nullable String sha256) {
        if (sha256 == null) {
            return find(code);
        }
        // A text never changes, so a template met once is answered without asking the database: lists of
        // letters (awaiting paraf, an application's) read one per row.
        String key = code + ":" + sha256;
        LetterTemplate cached = recorded.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        ActiveTemplate active = current().active().get(code);
        if (active != null && active.sha256().equals(sha256)) {
            recorded.put(key, active.template());
            return Optional.of(active.template());
        }
        List<String> texts = jdbc.queryForList("SELECT text FROM letter_template_text WHERE sha256 = ?", String.class,
                sha256);
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        String text = texts.getFirst();
        LetterTemplate template = LetterTemplateParser.parse(code + ".txt", text, service -> Optional.of(answersIn(text)));
        recorded.put(key, template);
        return Optional.of(template);
    }

    /** Keeps a template text by its SHA-256 (once), in the caller's transaction. */
    void keepText(String sha256, String text, Instant now) {
        jdbc.update("INSERT IGNORE INTO letter_template_text (sha256, text, created_at) VALUES (?, ?, ?)", sha256, text,
                Timestamp.from(now));
    }

    /** Every installed version and revert of a type, newest first. */
    List<Installed> history(String code) {
        return jdbc.query("SELECT * FROM letter_template_version WHERE letter_type = ? ORDER BY version_no DESC",
                (rs, n) -> installed(rs), code);
    }

    /** The text of an installed version, by its SHA-256. */
    Optional<String> text(String sha256) {
        return jdbc.queryForList("SELECT text FROM letter_template_text WHERE sha256 = ?", String.class, sha256).stream()
                .findFirst();
    }

    /** Adds the next version of a type, in the caller's transaction; the unique key refuses a concurrent twin. */
    int addVersion(String code, Installed.Kind kind, @Nullable String sha256, long by, String byName, Instant now,
                   @Nullable String note) {
        Integer last = jdbc.queryForObject("SELECT MAX(version_no) FROM letter_template_version WHERE letter_type = ?",
                Integer.class, code);
        int next = last == null ? 1 : last + 1;
        jdbc.update("INSERT INTO letter_template_version (letter_type, version_no, kind, sha256, installed_by, "
                        + "installed_by_name, installed_at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                code, next, kind.name(), sha256, by, byName, Timestamp.from(now), note);
        return next;
    }

    // ---------------------------------------------------------------- loading

    private Snapshot current() {
        Long stamp = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM letter_template_version", Long.class);
        long now = stamp == null ? 0 : stamp;
        Snapshot known = snapshot;
        return known != null && known.stamp() == now ? known : reload(now);
    }

    private synchronized Snapshot reload(long stamp) {
        Snapshot known = snapshot;
        if (known != null && known.stamp() == stamp) {
            return known;
        }
        Map<String, ActiveTemplate> active = new TreeMap<>(shipped());
        Map<String, Installed> latest = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        jdbc.query("SELECT v.*, t.text FROM letter_template_version v LEFT JOIN letter_template_text t ON t.sha256 = v.sha256 "
                + "WHERE v.version_no = (SELECT MAX(w.version_no) FROM letter_template_version w WHERE w.letter_type = v.letter_type)",
                rs -> {
                    Installed installed = installed(rs);
                    latest.put(installed.letterType(), installed);
                    ActiveTemplate file = active.get(installed.letterType());
                    if (installed.kind() == Installed.Kind.REVERTED) {
                        if (file != null) {
                            active.put(installed.letterType(), new ActiveTemplate(file.template(), file.text(),
                                    file.sha256(), installed.versionNo(), installed));
                        }
                        return;
                    }
                    String text = rs.getString("text");
                    try {
                        LetterTemplate template = check(installed.letterType() + ".txt", text);
                        active.put(installed.letterType(), new ActiveTemplate(template, text,
                                String.valueOf(installed.sha256()), installed.versionNo(), installed));
                    } catch (InvalidLetterTemplateException e) {
                        problems.add(e.getMessage() + " (installed version " + installed.versionNo() + ")");
                    }
                });
        if (!problems.isEmpty()) {
            // Checked at install against the same catalogue; only a deployment that removed a field can get here.
            throw new IllegalStateException("Installed letter templates cannot be used (revert them to the shipped "
                    + "file or install a corrected one):\n  " + String.join("\n  ", problems));
        }
        Snapshot result = new Snapshot(stamp, Map.copyOf(active), Map.copyOf(latest));
        snapshot = result;
        return result;
    }

    private Map<String, ActiveTemplate> shipped() {
        Map<String, ActiveTemplate> known = shipped;
        return known != null ? known : loadShipped();
    }

    private synchronized Map<String, ActiveTemplate> loadShipped() {
        Map<String, ActiveTemplate> loaded = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (SourceFile source : files.find(folder + "*.txt").stream().map(files::read).toList()) {
            try {
                String text = new String(source.content(), StandardCharsets.UTF_8);
                LetterTemplate template = check(source.name(), text);
                loaded.put(template.code(), new ActiveTemplate(template, text, sha256(text), SHIPPED, null));
            } catch (InvalidLetterTemplateException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Letter templates in " + folder + " cannot be used:\n  "
                    + String.join("\n  ", problems));
        }
        Map<String, ActiveTemplate> result = Map.copyOf(loaded);
        shipped = result;
        return result;
    }

    private static Installed installed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Installed(rs.getString("letter_type"), rs.getInt("version_no"),
                Installed.Kind.valueOf(rs.getString("kind")), rs.getString("sha256"), rs.getLong("installed_by"),
                rs.getString("installed_by_name"), rs.getTimestamp("installed_at").toInstant(), rs.getString("note"));
    }

    /** The SHA-256 of a template's text as UTF-8, the identity a letter records. */
    static String sha256(String text) {
        return DefinitionFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> answersIn(String text) {
        Matcher m = LetterTemplate.PLACEHOLDER.matcher(text);
        Set<String> fields = new java.util.HashSet<>();
        while (m.find()) {
            if (m.group(1).startsWith("answers.")) {
                fields.add(m.group(1).substring("answers.".length()));
            }
        }
        return fields;
    }

    private Optional<Set<String>> fieldsOf(String serviceCode) {
        return catalogue.service(serviceCode).map(ServiceDefinition::fields)
                .map(fields -> fields.stream().map(FormField::code).collect(Collectors.toSet()));
    }

}
