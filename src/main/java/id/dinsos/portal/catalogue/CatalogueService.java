package id.dinsos.portal.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.office.OfficeProfile;
import id.dinsos.portal.office.OfficeService;
import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;

/**
 * The office's service catalogue. Reading it is public (the Standar Pelayanan is published by law);
 * importing it happens at start-up from the office's files, one new version per changed file.
 */
@Service
public class CatalogueService {

    private static final Logger log = LoggerFactory.getLogger(CatalogueService.class);

    private final CatalogueEntries entries;
    private final ServiceVersions versions;
    private final OfficeService office;
    private final DefinitionFiles files;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CatalogueService(CatalogueEntries entries, ServiceVersions versions, OfficeService office, DefinitionFiles files,
                     JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.versions = versions;
        this.office = office;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every active service, in the order of the Standar Pelayanan. */
    @Transactional(readOnly = true)
    public List<ServiceDefinition> services() {
        return versions.currentDefinitions().stream().map(this::definition).toList();
    }

    /** The current standard of one service, if the code names an active one. */
    @Transactional(readOnly = true)
    public Optional<ServiceDefinition> service(String code) {
        return versions.currentDefinition(code).map(this::definition);
    }

    /** The services whose name, summary, product or keywords contain the text (case-insensitive). */
    @Transactional(readOnly = true)
    public List<ServiceDefinition> search(String text, Locale locale) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return services().stream().filter(s -> s.matches(needle, locale)).toList();
    }

    /** The services grouped by the unit responsible, units in the office's order. */
    @Transactional(readOnly = true)
    public Map<OfficeProfile.Unit, List<ServiceDefinition>> servicesByUnit(List<ServiceDefinition> services) {
        Map<OfficeProfile.Unit, List<ServiceDefinition>> grouped = new LinkedHashMap<>();
        OfficeProfile profile = office.profile();
        for (OfficeProfile.Unit unit : profile.units()) {
            List<ServiceDefinition> ofUnit = services.stream().filter(s -> s.unit().equals(unit.code())).toList();
            if (!ofUnit.isEmpty()) {
                grouped.put(unit, ofUnit);
            }
        }
        return grouped;
    }

    /**
     * Imports the catalogue files: a file whose content changed becomes the service's next version;
     * an unchanged one is left alone; a service whose file is gone is withdrawn (its versions stay,
     * applications made under them still name them). All files are validated before anything is
     * written, so one broken file leaves the catalogue as it was.
     */
    @Transactional
    public ImportReport importCatalogue(List<SourceFile> sourceFiles) {
        OfficeProfile profile = office.profile();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (SourceFile file : sourceFiles) {
            ServiceDefinition definition = files.parseYaml(file, ServiceDefinition.class);
            check(file, definition.code().equals(stripExtension(file.name())),
                    "the code '" + definition.code() + "' must equal the file name");
            check(file, codes.add(definition.code()), "the code '" + definition.code() + "' is used by another file");
            check(file, prefixes.add(definition.trackingPrefix()),
                    "the trackingPrefix '" + definition.trackingPrefix() + "' is used by another service");
            check(file, profile.unit(definition.unit()).isPresent(),
                    "unit '" + definition.unit() + "' is not a unit of the office");
            check(file, definition.team() == null || profile.hasTeam(definition.unit(), definition.team()),
                    "team '" + definition.team() + "' is not a team of unit '" + definition.unit() + "'");
            parsed.add(new Parsed(file, definition));
        }
        // Serialises imports of several nodes starting at once: the second sees the first's result.
        jdbc.queryForList("SELECT code FROM office_profile FOR UPDATE");

        Instant now = clock.instant();
        Map<String, CatalogueEntry> existing = new HashMap<>();
        entries.findAll().forEach(e -> existing.put(e.code(), e));
        int imported = 0;
        int unchanged = 0;
        for (Parsed p : parsed) {
            CatalogueEntry entry = existing.get(p.definition().code());
            if (entry != null) {
                String currentHash = versions.findByServiceCodeAndVersionNo(entry.code(), entry.currentVersion())
                        .map(ServiceVersion::contentSha256).orElse("");
                if (currentHash.equals(p.file().sha256())) {
                    if (!entry.active()) {
                        // A file that comes back unchanged restores its service without a new version.
                        entry.advanceTo(entry.currentVersion(), p.definition(), now);
                        entries.save(entry);
                        imported++;
                    } else {
                        unchanged++;
                    }
                    continue;
                }
            }
            int versionNo = entry == null ? 1 : versions.countByServiceCode(entry.code()) + 1;
            if (entry == null) {
                entries.save(CatalogueEntry.first(p.definition(), now));
            } else {
                entry.advanceTo(versionNo, p.definition(), now);
                entries.save(entry);
            }
            versions.save(new ServiceVersion(null, p.definition().code(), versionNo, p.file().sha256(),
                    files.toJson(p.definition()), p.file().name(), now,
                    p.definition().requirements().stream().map(ServiceVersion.RequirementRow::of).toList()));
            imported++;
            log.info("Imported service {} version {} from {}", p.definition().code(), versionNo, p.file().name());
        }
        int withdrawn = 0;
        for (CatalogueEntry entry : existing.values()) {
            if (!codes.contains(entry.code()) && entry.active()) {
                entry.withdraw(now);
                entries.save(entry);
                withdrawn++;
                log.info("Withdrew service {}: its file is gone", entry.code());
            }
        }
        return new ImportReport(imported, unchanged, withdrawn);
    }

    /** The number of versions a service has had (1 for a service never changed). */
    @Transactional(readOnly = true)
    public int versionCount(String code) {
        return versions.countByServiceCode(code);
    }

    public record ImportReport(int imported, int unchanged, int withdrawn) {
    }

    private ServiceDefinition definition(String json) {
        return files.fromJson(json, ServiceDefinition.class);
    }

    private static void check(SourceFile file, boolean condition, String reason) {
        if (!condition) {
            throw new InvalidDefinitionException(file.name(), reason);
        }
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private record Parsed(SourceFile file, ServiceDefinition definition) {
    }
}
