package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A file of an application as the applicant and the staff see it.
 *
 * @param supersededAt when a later round replaced it; null for a current file
 * @param fromLibrary  whether it was copied from the organisation's document library
 */
public record DocumentInfo(long id, String requirementCode, int round, String originalName, long size,
                           String mediaType, String sha256, Instant uploadedAt, @Nullable Instant supersededAt,
                           boolean fromLibrary) {

    public boolean current() {
        return supersededAt == null;
    }
}
