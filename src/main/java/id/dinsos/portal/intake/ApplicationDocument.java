package id.dinsos.portal.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.shared.storage.DetectedType;
import id.dinsos.portal.shared.storage.StoredFile;

/**
 * One file given for one requirement of an application, in one round. Replacing a file in a correction
 * round marks the old row superseded rather than deleting it: the staff compare the versions.
 */
@Table("intake_document")
class ApplicationDocument {

    @Id
    private @Nullable Long id;
    private final long applicationId;
    private final String requirementCode;
    @Column("round_no")
    private final int round;
    private final String storageKey;
    private final String sha256;
    private final long sizeBytes;
    private final DetectedType mediaType;
    private final String originalName;
    private final @Nullable Long sourceDocumentId;
    private final Instant uploadedAt;
    private @Nullable Instant supersededAt;

    ApplicationDocument(@Nullable Long id, long applicationId, String requirementCode, int round, String storageKey,
                        String sha256, long sizeBytes, DetectedType mediaType, String originalName,
                        @Nullable Long sourceDocumentId, Instant uploadedAt, @Nullable Instant supersededAt) {
        this.id = id;
        this.applicationId = applicationId;
        this.requirementCode = requirementCode;
        this.round = round;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = mediaType;
        this.originalName = originalName;
        this.sourceDocumentId = sourceDocumentId;
        this.uploadedAt = uploadedAt;
        this.supersededAt = supersededAt;
    }

    static ApplicationDocument of(long applicationId, String requirementCode, int round, StoredFile file,
                                  @Nullable Long sourceDocumentId, Instant now) {
        return new ApplicationDocument(null, applicationId, requirementCode, round, file.key(), file.sha256(),
                file.size(), file.type(), file.originalName(), sourceDocumentId, now, null);
    }

    void supersede(Instant now) {
        this.supersededAt = now;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    long applicationId() { return applicationId; }
    String requirementCode() { return requirementCode; }
    int round() { return round; }
    String storageKey() { return storageKey; }
    String sha256() { return sha256; }
    long sizeBytes() { return sizeBytes; }
    DetectedType mediaType() { return mediaType; }
    String originalName() { return originalName; }
    @Nullable Long sourceDocumentId() { return sourceDocumentId; }
    Instant uploadedAt() { return uploadedAt; }
    @Nullable Instant supersededAt() { return supersededAt; }
    boolean current() { return supersededAt == null; }

    DocumentInfo info() {
        return new DocumentInfo(id(), requirementCode, round, originalName, sizeBytes, mediaType.mediaType(), sha256,
                uploadedAt, supersededAt, sourceDocumentId != null);
    }
}
