-- Official letters (naskah dinas): the numbering books, the letters themselves with their paraf steps,
-- and the keys the office signs with. No foreign keys to other modules' tables (application, account):
-- a letter is a record that must outlive what it names.

-- One numbering book per classification, unit code and year. The signing transaction locks its row
-- (SELECT ... FOR UPDATE), reads next_serial and increments it: a number is given once, at signing,
-- and a signing that rolls back gives it back, so serials are never reused and never skipped.
CREATE TABLE letter_number_book (
    classification  VARCHAR(32)  NOT NULL,
    unit_code       VARCHAR(32)  NOT NULL,
    year_no         INT          NOT NULL,
    next_serial     INT          NOT NULL,
    PRIMARY KEY (classification, unit_code, year_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A letter from its draft to its signature and, perhaps, its revocation. content is the JSON snapshot
-- of the values the template's placeholders were filled with when the draft was made: what was
-- initialled is what is signed. The number, the verification code and the file's SHA-256 are set at
-- signing; the verification code is 128 random bits (base32), the only key the public page accepts.
CREATE TABLE letter (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id     BIGINT        NULL,
    letter_type        VARCHAR(64)   NOT NULL,
    unit_code          VARCHAR(64)   NOT NULL,
    status             VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'RETURNED', 'READY', 'VALID', 'REVOKED')),
    paraf_step         INT           NOT NULL,
    content            LONGTEXT      NOT NULL,
    holder_name        VARCHAR(200)  NULL,
    recipient_email    VARCHAR(254)  NULL,
    number             VARCHAR(64)   NULL,
    issued_on          DATE          NULL,
    signed_at          TIMESTAMP(6)  NULL,
    signer_account_id  BIGINT        NULL,
    signer_name        VARCHAR(200)  NULL,
    verification_code  VARCHAR(32)   NULL,
    sha256             CHAR(64)      NULL,
    storage_key        VARCHAR(64)   NULL,
    revoked_at         TIMESTAMP(6)  NULL,
    revoked_by         BIGINT        NULL,
    revocation_reason  VARCHAR(1000) NULL,
    prepared_by        BIGINT        NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    version            INT           NOT NULL,
    CONSTRAINT uq_letter_number UNIQUE (number),
    CONSTRAINT uq_letter_verification_code UNIQUE (verification_code),
    INDEX ix_letter_sha256 (sha256),
    INDEX ix_letter_application (application_id),
    INDEX ix_letter_status (status, unit_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The paraf chain: each initial or return of a draft, oldest first. Only ever added.
CREATE TABLE letter_paraf (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    letter_id    BIGINT        NOT NULL,
    step         INT           NOT NULL,
    role         VARCHAR(32)   NOT NULL,
    account_id   BIGINT        NOT NULL,
    action       VARCHAR(16)   NOT NULL CHECK (action IN ('INITIALLED', 'RETURNED', 'REOPENED')),
    comment      VARCHAR(1000) NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_letter_paraf_letter FOREIGN KEY (letter_id) REFERENCES letter (id),
    INDEX ix_letter_paraf_letter (letter_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The keys letters are signed with (docs/adr/0020): a PKCS#12 keystore per signer (and the local CA
-- that issued it), its random password encrypted with AES-256-GCM under the key from configuration
-- (portal.letters.key-secret), never in clear. The signer's name, rank and NIP as the letter prints them.
CREATE TABLE letter_signing_key (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(8)    NOT NULL CHECK (kind IN ('CA', 'SIGNER')),
    account_id         BIGINT        NULL,
    signer_name        VARCHAR(200)  NOT NULL,
    signer_rank        VARCHAR(100)  NULL,
    signer_nip         VARCHAR(18)   NULL,
    subject            VARCHAR(500)  NOT NULL,
    issuer             VARCHAR(500)  NOT NULL,
    keystore           MEDIUMBLOB    NOT NULL,
    keystore_password  VARCHAR(255)  NOT NULL,
    not_after          TIMESTAMP(6)  NOT NULL,
    created_at         TIMESTAMP(6)  NOT NULL,
    version            INT           NOT NULL,
    CONSTRAINT uq_letter_signing_key_account UNIQUE (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
