-- Field visits (home visit for alat bantu, site visit of a new LKS, bansos review, adoption home visit):
-- scheduled for a case and assigned to an officer of the unit, then recorded with a finding, a short
-- report and photos. The version makes two people recording one visit at once find out.
CREATE TABLE casework_visit (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    scheduled_for       TIMESTAMP(6)  NULL,
    officer_account_id  BIGINT        NOT NULL,
    purpose             VARCHAR(1000) NOT NULL,
    status              VARCHAR(16)   NOT NULL CHECK (status IN ('SCHEDULED', 'DONE', 'CANCELLED')),
    finding             VARCHAR(24)   NULL,
    report              VARCHAR(4000) NULL,
    scheduled_by        BIGINT        NOT NULL,
    scheduled_at        TIMESTAMP(6)  NULL,
    recorded_by         BIGINT        NULL,
    recorded_at         TIMESTAMP(6)  NULL,
    version             INT           NOT NULL,
    CONSTRAINT fk_casework_visit_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_visit_case (case_id, status),
    INDEX ix_casework_visit_officer (officer_account_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The photos of a recorded visit, kept in the FileStore (JPEG or PNG by content).
CREATE TABLE casework_visit_photo (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    visit_id        BIGINT        NOT NULL,
    case_id         BIGINT        NOT NULL,
    storage_key     VARCHAR(64)   NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    file_type       VARCHAR(16)   NOT NULL,
    original_name   VARCHAR(200)  NOT NULL,
    uploaded_by     BIGINT        NOT NULL,
    uploaded_at     TIMESTAMP(6)  NULL,
    CONSTRAINT fk_casework_visit_photo_visit FOREIGN KEY (visit_id) REFERENCES casework_visit (id),
    INDEX ix_casework_visit_photo_visit (visit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Report-based services (ODGJ, gelandangan, WTS, rujukan, orang terlantar): the team's outcome,
-- assessed, referred (to whom) or returned to the family. A later outcome supersedes (both kept).
CREATE TABLE casework_report_outcome (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    outcome      VARCHAR(24)   NOT NULL CHECK (outcome IN ('ASSESSED', 'REFERRED', 'RETURNED_TO_FAMILY')),
    referred_to  VARCHAR(300)  NULL,
    note         VARCHAR(2000) NULL,
    recorded_by  BIGINT        NOT NULL,
    recorded_at  TIMESTAMP(6)  NULL,
    CONSTRAINT fk_casework_report_outcome_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_report_outcome_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The berita acara serah terima as data: who handed whom over to whom, when and where.
CREATE TABLE casework_handover (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT        NOT NULL,
    handed_over_at      TIMESTAMP(6)  NULL,
    place               VARCHAR(300)  NOT NULL,
    handed_by           BIGINT        NOT NULL,
    received_by_name    VARCHAR(200)  NOT NULL,
    received_by_relation VARCHAR(200) NOT NULL,
    received_by_phone   VARCHAR(32)   NULL,
    persons             VARCHAR(2000) NOT NULL,
    notes               VARCHAR(2000) NULL,
    recorded_by         BIGINT        NOT NULL,
    recorded_at         TIMESTAMP(6)  NULL,
    CONSTRAINT fk_casework_handover_case FOREIGN KEY (case_id) REFERENCES casework_case (id),
    INDEX ix_casework_handover_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each escalation step notified for a case, once: the primary key refuses a second node's duplicate.
CREATE TABLE casework_escalation (
    case_id     BIGINT        NOT NULL,
    level       INT           NOT NULL,
    sent_at     TIMESTAMP(6)  NULL,
    recipients  INT           NOT NULL,
    PRIMARY KEY (case_id, level),
    CONSTRAINT fk_casework_escalation_case FOREIGN KEY (case_id) REFERENCES casework_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
