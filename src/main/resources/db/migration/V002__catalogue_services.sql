-- The service catalogue: each service, its imported versions (never changed once written) and the
-- requirements of each version as rows.
CREATE TABLE catalogue_service (
    code            VARCHAR(64)  NOT NULL PRIMARY KEY,
    current_version INT          NOT NULL,
    unit_code       VARCHAR(64)  NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    sort_order      INT          NOT NULL,
    active          BOOLEAN      NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    version         INT          NOT NULL,
    CONSTRAINT fk_catalogue_service_unit FOREIGN KEY (unit_code) REFERENCES office_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalogue_service_version (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_code   VARCHAR(64)  NOT NULL,
    version_no     INT          NOT NULL,
    content_sha256 CHAR(64)     NOT NULL,
    definition     LONGTEXT     NOT NULL CHECK (JSON_VALID(definition)),
    source         VARCHAR(255) NOT NULL,
    imported_at    TIMESTAMP(6) NOT NULL,
    CONSTRAINT uq_catalogue_service_version UNIQUE (service_code, version_no),
    CONSTRAINT fk_catalogue_service_version_service FOREIGN KEY (service_code) REFERENCES catalogue_service (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalogue_requirement (
    service_version_id BIGINT        NOT NULL,
    list_index         INT           NOT NULL,
    code               VARCHAR(64)   NOT NULL,
    variant            VARCHAR(32)   NULL,
    name_id            VARCHAR(1000) NOT NULL,
    name_en            VARCHAR(1000) NULL,
    mandatory          BOOLEAN       NOT NULL,
    document           BOOLEAN       NOT NULL,
    PRIMARY KEY (service_version_id, list_index),
    CONSTRAINT fk_catalogue_requirement_version FOREIGN KEY (service_version_id)
        REFERENCES catalogue_service_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
