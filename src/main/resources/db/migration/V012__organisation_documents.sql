-- An organisation's document library: akta pendirian, SK Kemenkumham, NPWP card, AD/ART, domicile
-- letter and others, uploaded once by a member and reused when the organisation applies for a service.
-- The bytes live in the file store (docs/adr/0009) under storage_key; this row says whose they are.
--
-- Removal is soft for the row and hard for the file. The row stays (who uploaded what, when, with which
-- SHA-256, and who removed it) so the library's history can be told. The file itself is deleted from the
-- store once the removal has committed: an application that used a library document has copied the bytes
-- into its own file (so its evidence does not change or vanish when the library does), nothing else points
-- at this key, and keeping identity documents the organisation has withdrawn would only keep personal data
-- longer than needed (UU 27/2022). sha256 still proves later which file it was.
--
-- One row per stored file (uq on storage_key): removing a document deletes its file, so no other row may
-- point at it.
CREATE TABLE organisation_document (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    -- DocumentKind: AKTA, SK_KEMENKUMHAM, NPWP, AD_ART, DOMISILI, OTHER
    kind             VARCHAR(32)   NOT NULL,
    title            VARCHAR(200)  NULL,
    storage_key      VARCHAR(64)   NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    -- the type the content showed (DetectedType), as served: application/pdf, image/jpeg, image/png
    media_type       VARCHAR(100)  NOT NULL,
    -- cleaned by the store (StoredFile.cleanName), to show and to name the download
    original_name    VARCHAR(200)  NOT NULL,
    uploaded_by      BIGINT        NOT NULL,
    uploaded_at      TIMESTAMP(6)  NOT NULL,
    removed_at       TIMESTAMP(6)  NULL,
    removed_by       BIGINT        NULL,
    version          INT           NOT NULL,
    CONSTRAINT uq_organisation_document_key UNIQUE (storage_key),
    CONSTRAINT fk_organisation_document_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_document_uploader FOREIGN KEY (uploaded_by) REFERENCES account_user (id),
    CONSTRAINT fk_organisation_document_remover FOREIGN KEY (removed_by) REFERENCES account_user (id),
    INDEX ix_organisation_document_org (organisation_id, removed_at, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
