-- Institutions that deal with the office: yayasan and perkumpulan (LKS), companies, and committees
-- (panitia) for UGB/PUB permits. Created by a citizen, who becomes its first administrator.
CREATE TABLE organisation (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(200)  NOT NULL,
    legal_form             VARCHAR(16)   NOT NULL,
    akta_number            VARCHAR(100)  NOT NULL,
    akta_date              DATE          NOT NULL,
    -- Optional for a committee (and "other"): a panitia has no SK Kemenkumham of its own.
    sk_kemenkumham_number  VARCHAR(100)  NULL,
    -- 15 digits (old format) or 16 (since July 2024), without separators, as the organisation gave it.
    npwp                   VARCHAR(16)   NOT NULL,
    address                VARCHAR(500)  NOT NULL,
    head_name              VARCHAR(200)  NOT NULL,
    created_by             BIGINT        NOT NULL,
    created_at             TIMESTAMP(6)  NOT NULL,
    version                INT           NOT NULL,
    CONSTRAINT fk_organisation_creator FOREIGN KEY (created_by) REFERENCES account_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who belongs to an organisation, and as what. Its own table (not rewritten with every profile edit);
-- a person belongs to an organisation once.
CREATE TABLE organisation_member (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    account_id       BIGINT        NOT NULL,
    role             VARCHAR(16)   NOT NULL,
    joined_at        TIMESTAMP(6)  NOT NULL,
    version          INT           NOT NULL,
    CONSTRAINT uq_organisation_member UNIQUE (organisation_id, account_id),
    CONSTRAINT fk_organisation_member_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_member_account FOREIGN KEY (account_id) REFERENCES account_user (id),
    INDEX ix_organisation_member_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation by e-mail to join an organisation: only the SHA-256 of the link's token is stored,
-- so a leaked table does not hand out working links. Kept after use (who was invited, by whom, when).
CREATE TABLE organisation_invitation (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT        NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    token_sha256     CHAR(64)      NOT NULL,
    invited_by       BIGINT        NOT NULL,
    expires_at       TIMESTAMP(6)  NOT NULL,
    accepted_at      TIMESTAMP(6)  NULL,
    accepted_by      BIGINT        NULL,
    revoked_at       TIMESTAMP(6)  NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    version          INT           NOT NULL,
    CONSTRAINT uq_organisation_invitation_token UNIQUE (token_sha256),
    CONSTRAINT fk_organisation_invitation_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_invitation_inviter FOREIGN KEY (invited_by) REFERENCES account_user (id),
    CONSTRAINT fk_organisation_invitation_acceptor FOREIGN KEY (accepted_by) REFERENCES account_user (id),
    INDEX ix_organisation_invitation_email (organisation_id, email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
