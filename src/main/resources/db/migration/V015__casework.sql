-- The back office (casework): one case per submitted application or report, with who holds it and its
-- service clock. The clock's start, time limit and pauses are the record; due_at, due_soon_at and
-- target_at are worked out from them with the office calendar at every change and stored so that an
-- inbox of 100,000 cases filters and sorts by deadline on an index instead of computing each clock.
CREATE TABLE casework_case (
    id                   BIGINT        NOT NULL PRIMARY KEY,  -- the application's id
    tracking_number      VARCHAR(32)   NOT NULL,
    service_code         VARCHAR(64)   NOT NULL,
    unit_code            VARCHAR(64)   NOT NULL,
    kind                 VARCHAR(16)   NOT NULL,
    channel              VARCHAR(16)   NOT NULL,
    -- The kecamatan (32.16.05) the case concerns, for the inbox filter; null when unknown.
    district_code        VARCHAR(16)   NULL,
    applicant_name       VARCHAR(200)  NULL,
    status               VARCHAR(24)   NOT NULL,
    -- Who holds it: a person, or (holder_account_id null) everyone with holder_role in the unit.
    holder_role          VARCHAR(32)   NOT NULL,
    holder_account_id    BIGINT        NULL,
    instruction          VARCHAR(1000) NULL,
    submitted_at         TIMESTAMP(6)  NOT NULL,
    -- The service's time limit when the case opened (a later catalogue change does not move it).
    limit_min            DECIMAL(8,2)  NOT NULL,
    limit_max            DECIMAL(8,2)  NOT NULL,
    limit_unit           VARCHAR(16)   NOT NULL,
    target_at            TIMESTAMP(6)  NULL,
    due_at               TIMESTAMP(6)  NOT NULL,
    due_soon_at          TIMESTAMP(6)  NOT NULL,
    paused_since         TIMESTAMP(6)  NULL,
    completed_at         TIMESTAMP(6)  NULL,
    -- MET, MISSED once the clock completed; CLOSED for a withdrawn case (out of the compliance figures).
    outcome              VARCHAR(16)   NULL,
    -- Working time spent (paused time left out), in minutes, once completed: the compliance figures.
    duration_minutes     BIGINT        NULL,
    -- The highest step of the escalation ladder already notified (0 none, 1 due soon, 2.. overdue).
    escalation_level     INT           NOT NULL DEFAULT 0,
    updated_at           TIMESTAMP(6)  NOT NULL,
    version              INT           NOT NULL,
    INDEX ix_casework_case_unit_open (unit_code, completed_at, due_at),
    INDEX ix_casework_case_holder (holder_account_id, completed_at, due_at),
    INDEX ix_casework_case_open_due (completed_at, due_at),
    INDEX ix_casework_case_service_done (service_code, completed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Pauses of a clock: a correction round (the applicant awaited) or an outside party awaited.
CREATE TABLE casework_pause (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    reason      VARCHAR(16)   NOT NULL,
    awaited     VARCHAR(500)  NULL,
    paused_at   TIMESTAMP(6)  NOT NULL,
    resumed_at  TIMESTAMP(6)  NULL,
    CONSTRAINT fk_casework_pause_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_pause_case (case_id, paused_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The case history: every action with its actor and time. Only ever added.
CREATE TABLE casework_action (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    occurred_at       TIMESTAMP(6)  NOT NULL,
    action            VARCHAR(32)   NOT NULL,
    actor_account_id  BIGINT        NULL,
    actor_name        VARCHAR(200)  NULL,
    target_account_id BIGINT        NULL,
    note              VARCHAR(2000) NULL,
    CONSTRAINT fk_casework_action_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_action_case (case_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The verifier's finding per requirement and round: complete or wanting, with a reason. A later check
-- of the same requirement and round supersedes the earlier one (both kept).
CREATE TABLE casework_check (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT        NOT NULL,
    round_no          INT           NOT NULL,
    requirement_code  VARCHAR(64)   NOT NULL,
    verdict           VARCHAR(16)   NOT NULL,
    reason_code       VARCHAR(32)   NULL,
    reason_text       VARCHAR(1000) NULL,
    checked_by        BIGINT        NOT NULL,
    checked_at        TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_casework_check_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_check_case (case_id, round_no, requirement_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the office waits for from outside (the province's decree, DPMPTSP) and, once it arrives, the
-- outside document's number and date.
CREATE TABLE casework_external (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    party            VARCHAR(200)  NOT NULL,
    awaited          VARCHAR(500)  NOT NULL,
    requested_at     TIMESTAMP(6)  NOT NULL,
    requested_by     BIGINT        NOT NULL,
    received_at      TIMESTAMP(6)  NULL,
    document_number  VARCHAR(100)  NULL,
    document_date    DATE          NULL,
    note             VARCHAR(1000) NULL,
    CONSTRAINT fk_casework_external_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_external_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The decision: approved or rejected, by whom, with reasons (for a rejection, in words the applicant reads).
CREATE TABLE casework_decision (
    case_id      BIGINT        NOT NULL PRIMARY KEY,
    outcome      VARCHAR(16)   NOT NULL,
    reasons      VARCHAR(2000) NULL,
    decided_by   BIGINT        NOT NULL,
    decided_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_casework_decision_case FOREIGN KEY (case_id) REFERENCES casework_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
