package id.dinsos.portal.organisation;

import org.jspecify.annotations.Nullable;

import id.dinsos.portal.shared.storage.StoredFile;

/**
 * A library document that another module (an application) may copy, see
 * {@link OrganisationDocumentService#reusable(long, long)}.
 *
 * @param file where the store keeps it, with its SHA-256, size, type and cleaned original name
 */
public record ReusableDocument(long documentId, long organisationId, DocumentKind kind, @Nullable String title,
                               StoredFile file) {
}
