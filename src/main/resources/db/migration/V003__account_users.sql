-- People who sign in: citizens (self-registered) and, later, staff (created by an administrator).
CREATE TABLE account_user (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(16)   NOT NULL,
    full_name           VARCHAR(200)  NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    email_verified_at   TIMESTAMP(6)  NULL,
    nik                 CHAR(16)      NULL,
    phone               VARCHAR(16)   NULL,
    region_code         VARCHAR(16)   NULL,
    address_line        VARCHAR(300)  NULL,
    address_outside     VARCHAR(500)  NULL,
    password_hash       VARCHAR(255)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    closed_at           TIMESTAMP(6)  NULL,
    version             INT           NOT NULL,
    CONSTRAINT uq_account_user_email UNIQUE (email),
    CONSTRAINT uq_account_user_nik UNIQUE (nik)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Consent given for a purpose that needs it (UU 27/2022 Pasal 22): which text, which version, when.
-- Its own table, never rewritten: consents are evidence.
CREATE TABLE account_consent (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    purpose       VARCHAR(64)  NOT NULL,
    text_version  VARCHAR(32)  NOT NULL,
    given_at      TIMESTAMP(6) NOT NULL,
    withdrawn_at  TIMESTAMP(6) NULL,
    version       INT          NOT NULL,
    CONSTRAINT fk_account_consent_user FOREIGN KEY (account_id) REFERENCES account_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single-use links (e-mail verification, password reset, invitations): only the SHA-256 of the
-- token is stored, so a leaked table does not hand out working links.
CREATE TABLE account_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NULL,
    purpose       VARCHAR(32)  NOT NULL,
    token_sha256  CHAR(64)     NOT NULL,
    subject       VARCHAR(254) NULL,
    expires_at    TIMESTAMP(6) NOT NULL,
    used_at       TIMESTAMP(6) NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    version       INT          NOT NULL,
    CONSTRAINT uq_account_token_hash UNIQUE (token_sha256),
    CONSTRAINT fk_account_token_user FOREIGN KEY (account_id) REFERENCES account_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins per identifier (hashed), whether or not an account has it, so that throttling
-- says nothing about which accounts exist. In the database: every node sees the same count.
CREATE TABLE account_login_attempt (
    identifier_sha256 CHAR(64)     NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL,
    last_failure_at   TIMESTAMP(6) NOT NULL,
    locked_until      TIMESTAMP(6) NULL,
    version           INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
