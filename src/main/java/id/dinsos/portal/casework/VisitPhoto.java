package id.dinsos.portal.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import id.dinsos.portal.shared.storage.DetectedType;
import id.dinsos.portal.shared.storage.StoredFile;

/** A photo taken on a field visit, kept in the FileStore. */
@Table("casework_visit_photo")
class VisitPhoto {

    @Id
    private @Nullable Long id;
    private final long visitId;
    private final long caseId;
    private final String storageKey;
    private final String sha256;
    @Column("size_bytes")
    private final long size;
    private final DetectedType fileType;
    private final String originalName;
    private final long uploadedBy;
    private final Instant uploadedAt;

    VisitPhoto(@Nullable Long id, long visitId, long caseId, String storageKey, String sha256, long size,
               DetectedType fileType, String originalName, long uploadedBy, Instant uploadedAt) {
        this.id = id;
        this.visitId = visitId;
        this.caseId = caseId;
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.size = size;
        this.fileType = fileType;
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    static VisitPhoto of(long visitId, long caseId, StoredFile file, long by, Instant now) {
        return new VisitPhoto(null, visitId, caseId, file.key(), file.sha256(), file.size(), file.type(),
                file.originalName(), by, now);
    }

    long id() { return java.util.Objects.requireNonNull(id); }
    long visitId() { return visitId; }
    long caseId() { return caseId; }
    String storageKey() { return storageKey; }
    long size() { return size; }
    DetectedType fileType() { return fileType; }
    String originalName() { return originalName; }
}
