-- Partner systems (DPMPTSP, the provincial office, ...) that call the API with a key. Only the SHA-256
-- of the key is stored: the key itself is shown once, at creation or rotation, and a leaked table
-- hands out no working key. key_prefix (its first 8 characters) lets a person tell keys apart.
-- created_at has an explicit default (see V007 on explicit_defaults_for_timestamp).
CREATE TABLE api_client (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    scopes       VARCHAR(500) NOT NULL,
    key_prefix   CHAR(8)      NOT NULL,
    key_hash     CHAR(64)     NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    rotated_at   TIMESTAMP(6) NULL,
    revoked_at   TIMESTAMP(6) NULL,
    last_used_at TIMESTAMP(6) NULL,
    version      INT          NOT NULL,
    CONSTRAINT uq_api_client_name UNIQUE (name),
    CONSTRAINT uq_api_client_key_hash UNIQUE (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
