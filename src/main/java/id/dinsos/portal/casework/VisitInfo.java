package id.dinsos.portal.casework;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.storage.DetectedType;

/**
 * A field visit as the screens show it.
 *
 * @param mayRecord whether the signed-in person may record its result (the assigned officer or a
 *                  supervisor of the unit, while it is scheduled)
 * @param version   to give back when recording or cancelling it
 */
public record VisitInfo(long id, long caseId, Instant scheduledFor, long officerAccountId, String officerName,
                        String purpose, VisitStatus status, @Nullable VisitFinding finding, @Nullable String report,
                        @Nullable Instant recordedAt, List<Photo> photos, boolean mayRecord, int version) {

    public VisitInfo {
        photos = List.copyOf(photos);
    }

    /** A photo of the visit: its id for {@link FieldVisitService#photo(long)}. */
    public record Photo(long id, String originalName, long size, DetectedType type) {
    }
}
