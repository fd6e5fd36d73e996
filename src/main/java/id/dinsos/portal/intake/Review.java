package id.dinsos.portal.intake;

import java.util.List;

/**
 * What stands between a draft (or a returned application) and its submission.
 *
 * @param missingRequirements mandatory requirement codes without a file (or, in a correction round,
 *                            returned requirements without a new file)
 * @param missingFields       required field codes without an answer (or returned fields unchanged)
 * @param missingPeople       the applicant's details still missing: {@code applicant.name},
 *                            {@code applicant.nik}, {@code applicant.phone}
 */
public record Review(List<String> missingRequirements, List<String> missingFields, List<String> missingPeople) {

    public boolean complete() {
        return missingRequirements.isEmpty() && missingFields.isEmpty() && missingPeople.isEmpty();
    }
}
