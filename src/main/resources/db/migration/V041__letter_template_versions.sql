-- Letter templates installed by an administrator (docs/letter-templates.md, docs/adr/0022). The shipped
-- files in templates/letters/ stay the default; what is installed here is shared by every node, which
-- notices a new row by the table's highest id and re-reads it, so an install needs no restart.

-- Every template text a letter was drafted with or an administrator installed, by its SHA-256. Only ever
-- added: a letter names the text it was drafted with, and that text must still be there at signing,
-- whatever was installed (or deployed) in between.
CREATE TABLE letter_template_text (
    sha256      CHAR(64)      NOT NULL PRIMARY KEY,
    text        MEDIUMTEXT    NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The history of each letter type: version 1, 2, ... per type, never changed or deleted. The latest row
-- of a type decides what is active: INSTALLED, its text; REVERTED, the shipped file again (sha256 is the
-- shipped text at the time of the revert, for the record; a type without a shipped file is withdrawn).
-- No row: the shipped file. installed_by_name is kept as the account's name then, for the history.
CREATE TABLE letter_template_version (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    letter_type        VARCHAR(64)    NOT NULL,
    version_no         INT            NOT NULL,
    kind               VARCHAR(16)    NOT NULL CHECK (kind IN ('INSTALLED', 'REVERTED')),
    sha256             CHAR(64)       NULL,
    installed_by       BIGINT         NOT NULL,
    installed_by_name  VARCHAR(200)   NOT NULL,
    installed_at       TIMESTAMP(6)   NOT NULL,
    note               VARCHAR(1000)  NULL,
    CONSTRAINT uq_letter_template_version UNIQUE (letter_type, version_no),
    CONSTRAINT fk_letter_template_version_text FOREIGN KEY (sha256) REFERENCES letter_template_text (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The template a letter was drafted with: what is initialled is what is signed (docs/adr/0022).
-- template_version is the type's version number then (0: the shipped file), for people to read;
-- template_sha256 names the text. Letters drafted before this migration have neither and print with the
-- type's active template, as before.
ALTER TABLE letter
    ADD COLUMN template_sha256   CHAR(64) NULL AFTER content,
    ADD COLUMN template_version  INT      NULL AFTER template_sha256;
