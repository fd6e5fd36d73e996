package id.dinsos.portal.organisation;

import java.time.Instant;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.util.Assert;

import id.dinsos.portal.shared.storage.DetectedType;
import id.dinsos.portal.shared.storage.StoredFile;

/**
 * One document of an organisation's library: an aggregate of its own, referencing the organisation by
 * id, so an upload never rewrites the organisation or its other documents. Removed documents stay as
 * history ({@link #removedAt()}); their file is deleted from the store (see V012).
 */
@Table("organisation_document")
class OrganisationDocument {

    @Id
    private @Nullable Long id;
    private final long organisationId;
    private final DocumentKind kind;
    private final @Nullable String title;
    private final String storageKey;
    private final String sha256;
    private final long sizeBytes;
    private final String mediaType;
    private final String originalName;
    private final long uploadedBy;
    private final Instant uploadedAt;
    private @Nullable Instant removedAt;
    private @Nullable Long removedBy;
    @Version
    private @Nullable Integer version;

    OrganisationDocument(@Nullable Long id, long organisationId, DocumentKind kind, @Nullable String title,
                         String storageKey, String sha256, long sizeBytes, String mediaType, String originalName,
                         long uploadedBy, Instant uploadedAt, @Nullable Instant removedAt, @Nullable Long removedBy,
                         @Nullable Integer version) {
        this.id = id;
        this.organisationId = organisationId;
        this.kind = kind;
        this.title = title;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.removedAt = removedAt;
        this.removedBy = removedBy;
        this.version = version;
    }

    /** @param title a title the service has checked and cleaned, or null */
    static OrganisationDocument upload(long organisationId, DocumentKind kind, @Nullable String title, StoredFile file,
                                       long uploadedBy, Instant now) {
        Assert.notNull(kind, "kind is required");
        Assert.notNull(file, "file is required");
        return new OrganisationDocument(null, organisationId, kind, title, file.key(), file.sha256(), file.size(),
                file.type().mediaType(), file.originalName(), uploadedBy, now, null, null, null);
    }

    void remove(long accountId, Instant now) {
        Assert.state(removedAt == null, "already removed");
        this.removedAt = now;
        this.removedBy = accountId;
    }

    long id() {
        Assert.state(id != null, "not saved yet");
        return id;
    }

    long organisationId() {
        return organisationId;
    }

    DocumentKind kind() {
        return kind;
    }

    @Nullable String title() {
        return title;
    }

    String storageKey() {
        return storageKey;
    }

    String sha256() {
        return sha256;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    String mediaType() {
        return mediaType;
    }

    String originalName() {
        return originalName;
    }

    long uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    @Nullable Instant removedAt() {
        return removedAt;
    }

    @Nullable Long removedBy() {
        return removedBy;
    }

    /** The type the content showed when it was stored. */
    DetectedType type() {
        return Arrays.stream(DetectedType.values()).filter(t -> t.mediaType().equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown media type " + mediaType));
    }

    /** The file as the store knows it, for a module that copies it. */
    StoredFile storedFile() {
        return new StoredFile(storageKey, sha256, sizeBytes, type(), originalName);
    }
}
