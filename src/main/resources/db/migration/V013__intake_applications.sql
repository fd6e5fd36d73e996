-- Applications and reports (intake): one row per application, whoever entered it. The applicant's and
-- the beneficiary's identity are copied in (an application is a record of what was asked, by whom,
-- even when the account changes later); the form's answers are JSON keyed by the catalogue's field
-- codes, so no service needs a table of its own.
CREATE TABLE intake_application (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_code          VARCHAR(64)   NOT NULL,
    service_version       INT           NOT NULL,
    variant               VARCHAR(32)   NULL,
    kind                  VARCHAR(16)   NOT NULL,
    channel               VARCHAR(16)   NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    -- The citizen account that may see it (the applicant, or the member who applied for an organisation).
    owner_account_id      BIGINT        NULL,
    organisation_id       BIGINT        NULL,
    api_client_id         BIGINT        NULL,
    -- The staff member who entered it at the counter.
    entered_by            BIGINT        NULL,
    applicant_name        VARCHAR(200)  NULL,
    applicant_nik         CHAR(16)      NULL,
    applicant_phone       VARCHAR(20)   NULL,
    applicant_email       VARCHAR(254)  NULL,
    beneficiary_name      VARCHAR(200)  NULL,
    beneficiary_nik       CHAR(16)      NULL,
    beneficiary_relation  VARCHAR(32)   NULL,
    answers               LONGTEXT      NOT NULL,
    tracking_number       VARCHAR(32)   NULL,
    round_no              INT           NOT NULL,
    declared_at           TIMESTAMP(6)  NULL,
    submitted_at          TIMESTAMP(6)  NULL,
    withdrawn_at          TIMESTAMP(6)  NULL,
    withdrawal_reason     VARCHAR(1000) NULL,
    created_at            TIMESTAMP(6)  NOT NULL,
    updated_at            TIMESTAMP(6)  NOT NULL,
    version               INT           NOT NULL,
    CONSTRAINT uq_intake_application_tracking UNIQUE (tracking_number),
    INDEX ix_intake_application_owner (owner_account_id),
    INDEX ix_intake_application_org (organisation_id),
    INDEX ix_intake_application_client (api_client_id),
    INDEX ix_intake_application_service_status (service_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last serial given per tracking prefix and year. The submitting transaction increments its row
-- and keeps the row lock until it commits: a rolled-back submission gives its number back, so the
-- serials are gap-free, and concurrent submissions of one service queue on this one row only.
CREATE TABLE intake_tracking_counter (
    prefix       VARCHAR(8)  NOT NULL,
    year_no      INT         NOT NULL,
    last_serial  INT         NOT NULL,
    PRIMARY KEY (prefix, year_no)
) ENGINE = InnoDB;

-- The files of an application, one row per file; several per requirement (a scan of several pages).
-- A file replaced in a correction round is kept, with superseded_at set, for the staff to compare.
CREATE TABLE intake_document (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT        NOT NULL,
    requirement_code  VARCHAR(64)   NOT NULL,
    round_no          INT           NOT NULL,
    storage_key       VARCHAR(64)   NOT NULL,
    sha256            CHAR(64)      NOT NULL,
    size_bytes        BIGINT        NOT NULL,
    media_type        VARCHAR(16)   NOT NULL,
    original_name     VARCHAR(200)  NOT NULL,
    -- Set when the file was copied from the organisation's document library.
    source_document_id BIGINT       NULL,
    uploaded_at       TIMESTAMP(6)  NOT NULL,
    superseded_at     TIMESTAMP(6)  NULL,
    CONSTRAINT fk_intake_document_application FOREIGN KEY (application_id) REFERENCES intake_application (id),
    INDEX ix_intake_document_application (application_id, requirement_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline: every step of an application, as the applicant and the public tracking page show it.
-- note is shown to the applicant and staff only, never on the public tracking page.
CREATE TABLE intake_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    occurred_at     TIMESTAMP(6)  NOT NULL,
    type            VARCHAR(32)   NOT NULL,
    status_after    VARCHAR(24)   NOT NULL,
    round_no        INT           NOT NULL,
    actor_kind      VARCHAR(16)   NOT NULL,
    note            VARCHAR(1000) NULL,
    CONSTRAINT fk_intake_event_application FOREIGN KEY (application_id) REFERENCES intake_application (id),
    INDEX ix_intake_event_application (application_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the office found wanting when it returned an application (perbaikan): per requirement (or
-- form field), with the reason, for one round.
CREATE TABLE intake_correction (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT        NOT NULL,
    round_no          INT           NOT NULL,
    requirement_code  VARCHAR(64)   NULL,
    field_code        VARCHAR(64)   NULL,
    reason            VARCHAR(1000) NOT NULL,
    requested_at      TIMESTAMP(6)  NOT NULL,
    requested_by      BIGINT        NULL,
    CONSTRAINT fk_intake_correction_application FOREIGN KEY (application_id) REFERENCES intake_application (id),
    INDEX ix_intake_correction_application (application_id, round_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
