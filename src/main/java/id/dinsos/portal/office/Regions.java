package id.dinsos.portal.office;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import id.dinsos.portal.shared.PortalProperties;

/**
 * The office's area: its kecamatan and their desa/kelurahan with Kemendagri codes
 * ({@code regions.csv} in the office folder: {@code code,name,level}). Read once at start-up: it
 * changes only with the office's files, never at run time.
 */
@Component
public class Regions {

    /** A kecamatan, desa or kelurahan. */
    public record Region(String code, String name, String level) {
        public boolean isVillage() {
            return "desa".equals(level) || "kelurahan".equals(level);
        }
    }

    private final Map<String, Region> byCode = new LinkedHashMap<>();

    public Regions(PortalProperties portal) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource(portal.officeLocation() + "regions.csv");
        if (!resource.exists()) {
            return;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",", 3);
                if (cols.length == 3) {
                    byCode.put(cols[0].strip(), new Region(cols[0].strip(), cols[1].strip(), cols[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read regions.csv", e);
        }
    }

    /** The kecamatan of the office's area, by name. */
    public List<Region> districts() {
        return byCode.values().stream().filter(r -> "kecamatan".equals(r.level()))
                .sorted(Comparator.comparing(Region::name)).toList();
    }

    /** The desa and kelurahan of one kecamatan, by name. */
    public List<Region> villagesOf(String districtCode) {
        List<Region> villages = new ArrayList<>();
        for (Region r : byCode.values()) {
            if (r.isVillage() && r.code().startsWith(districtCode + ".")) {
                villages.add(r);
            }
        }
        villages.sort(Comparator.comparing(Region::name));
        return villages;
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The kecamatan a desa/kelurahan code belongs to. */
    public Optional<Region> districtOf(String villageCode) {
        int last = villageCode.lastIndexOf('.');
        return last < 0 ? Optional.empty() : region(villageCode.substring(0, last));
    }
}
