package id.dinsos.portal.account.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.dinsos.portal.office.OfficeProfile;

/**
 * The office's units and teams as choices, in the order of its file: a team is named with its unit,
 * so that "Tim Anak dan Lansia (Bidang Rehabilitasi Sosial)" reads unambiguously in a list.
 */
final class UnitChoices {

    private final Map<String, String> labels = new LinkedHashMap<>();

    UnitChoices(OfficeProfile profile, Locale locale) {
        for (OfficeProfile.Unit unit : profile.units()) {
            String unitName = unit.name().in(locale);
            labels.put(unit.code(), unitName);
            for (OfficeProfile.Team team : unit.teams()) {
                labels.put(team.code(), team.name().in(locale) + " (" + unitName + ")");
            }
        }
    }

    List<String> codes() {
        return new ArrayList<>(labels.keySet());
    }

    /** The unit's name, or its code when the office file no longer has it. */
    String label(String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
