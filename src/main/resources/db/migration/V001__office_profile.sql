-- The office that runs this portal: its profile (one document) and its units and teams (rows, so
-- that staff and cases can refer to them).
CREATE TABLE office_profile (
    code           VARCHAR(64)  NOT NULL PRIMARY KEY,
    definition     LONGTEXT     NOT NULL CHECK (JSON_VALID(definition)),
    content_sha256 CHAR(64)     NOT NULL,
    imported_at    TIMESTAMP(6) NOT NULL,
    version        INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE office_unit (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    parent_code VARCHAR(64)  NULL,
    kind        VARCHAR(16)  NOT NULL,
    name_id     VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     INT          NOT NULL,
    CONSTRAINT fk_office_unit_parent FOREIGN KEY (parent_code) REFERENCES office_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
