package id.dinsos.portal.organisation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A document of an organisation's library as its members see it.
 *
 * @param originalName   the file's name on the uploader's device, cleaned
 * @param sizeBytes      the stored size
 * @param mediaType      {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param uploadedByName the uploader's name (members see each other's names already)
 * @param removable      whether the caller may remove it: an administrator, or the member who uploaded it
 */
public record OrganisationDocumentSummary(long id, DocumentKind kind, @Nullable String title, String originalName,
                                          long sizeBytes, String mediaType, long uploadedBy, String uploadedByName,
                                          Instant uploadedAt, boolean removable) {
}
