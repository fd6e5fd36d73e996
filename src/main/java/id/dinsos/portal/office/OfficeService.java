package id.dinsos.portal.office;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.dinsos.portal.shared.DefinitionFiles;
import id.dinsos.portal.shared.DefinitionFiles.InvalidDefinitionException;
import id.dinsos.portal.shared.DefinitionFiles.SourceFile;
import id.dinsos.portal.shared.PortalProperties;

/**
 * The office profile: imported from the office's file, read by every page (letterhead, contacts,
 * hours) and by other modules (units for the catalogue, the zone for deadlines).
 */
@Service
public class OfficeService {

    private static final Logger log = LoggerFactory.getLogger(OfficeService.class);

    private final OfficeProfiles profiles;
    private final OfficeUnits units;
    private final DefinitionFiles files;
    private final Clock clock;
    private final String officeLocation;
    private volatile @Nullable LoadedEmblem emblem;

    /** The emblem file as last read, by its name in the profile. */
    private record LoadedEmblem(String name, byte[] png) {
    }

    OfficeService(OfficeProfiles profiles, OfficeUnits units, DefinitionFiles files, Clock clock,
                  PortalProperties portal) {
        this.profiles = profiles;
        this.units = units;
        this.files = files;
        this.clock = clock;
        String location = portal.officeLocation();
        this.officeLocation = location.endsWith("/") ? location : location + "/";
    }

    /**
     * The office's emblem for the letterhead of letters and receipts: the profile's {@code emblem} file
     * from the office's folder, as an opaque PNG ({@link Emblems}); empty when the office names none.
     * Read once per file name (the office's folder changes with a restart, like office.yml).
     *
     * @throws InvalidDefinitionException when the file is missing or not a PNG or JPEG image
     */
    public Optional<byte[]> emblem() {
        String name = profile().emblem();
        if (name == null) {
            return Optional.empty();
        }
        LoadedEmblem loaded = emblem;
        if (loaded == null || !loaded.name().equals(name)) {
            Resource resource = files.resource(officeLocation + name);
            if (!resource.exists()) {
                throw new InvalidDefinitionException("office.yml", "emblem '" + name + "' is not in " + officeLocation);
            }
            loaded = new LoadedEmblem(name, Emblems.normalised(name, files.read(resource).content()));
            emblem = loaded;
        }
        return Optional.of(loaded.png().clone());
    }

    /** The office's profile. Public: it is printed on the portal's every page. */
    @Transactional(readOnly = true)
    public OfficeProfile profile() {
        List<OfficeProfileRecord> all = profiles.findAll();
        if (all.isEmpty()) {
            throw new IllegalStateException("No office profile has been imported");
        }
        return files.fromJson(all.getFirst().definition(), OfficeProfile.class);
    }

    /**
     * Imports the office file when its content differs from what is stored; returns whether it did.
     * A file that does not validate is refused with its name and the reason.
     */
    @Transactional
    public boolean importProfile(SourceFile file) {
        OfficeProfile profile = files.parseYaml(file, OfficeProfile.class);
        List<OfficeProfileRecord> existing = profiles.findAll();
        @Nullable OfficeProfileRecord current = existing.stream()
                .filter(r -> r.code().equals(profile.code())).findFirst().orElse(null);
        if (current != null && current.contentSha256().equals(file.sha256())) {
            return false;
        }
        // One office per installation: a file with another code replaces the old profile.
        existing.stream().filter(r -> r != current).forEach(profiles::delete);
        String json = files.toJson(profile);
        if (current == null) {
            profiles.save(OfficeProfileRecord.imported(profile.code(), json, file.sha256(), clock.instant()));
        } else {
            current.replace(json, file.sha256(), clock.instant());
            profiles.save(current);
        }
        syncUnits(profile);
        log.info("Imported office profile {} from {}", profile.code(), file.name());
        return true;
    }

    private void syncUnits(OfficeProfile profile) {
        Map<String, OfficeUnitRecord> stored = units.findAll().stream()
                .collect(Collectors.toMap(OfficeUnitRecord::code, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<OfficeUnitRecord> toSave = new ArrayList<>();
        int order = 0;
        for (OfficeProfile.Unit unit : profile.units()) {
            toSave.add(upsert(stored, unit.code(), null, unit.kind().name(), unit.name().id(), unit.name().en(), order++));
            seen.add(unit.code());
            for (OfficeProfile.Team team : unit.teams()) {
                toSave.add(upsert(stored, team.code(), unit.code(), "TEAM", team.name().id(), team.name().en(), order++));
                seen.add(team.code());
            }
        }
        // Parents before children, so that the foreign key holds on insert.
        units.saveAll(toSave);
        stored.values().stream().filter(r -> !seen.contains(r.code()) && r.active()).forEach(r -> {
            r.deactivate();
            units.save(r);
        });
    }

    private static OfficeUnitRecord upsert(Map<String, OfficeUnitRecord> stored, String code, @Nullable String parent,
                                           String kind, String nameId, @Nullable String nameEn, int order) {
        OfficeUnitRecord record = stored.get(code);
        if (record == null) {
            return new OfficeUnitRecord(code, parent, kind, nameId, nameEn, order, true, null);
        }
        record.update(parent, kind, nameId, nameEn, order);
        return record;
    }
}
