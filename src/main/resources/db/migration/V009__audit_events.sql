-- The audit trail: who did what to which record, when. Append-only: the code only inserts (the
-- repository has no update or delete). No foreign keys: the trail must outlive what it names, and an
-- actor may be an account, an API client or the system. detail never holds personal data (ids and
-- codes only); ip is the caller's address as the server saw it.
-- occurred_at has an explicit default (see V007 on explicit_defaults_for_timestamp).
CREATE TABLE audit_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor_kind       VARCHAR(16)   NOT NULL,
    actor_account_id BIGINT        NULL,
    actor_client_id  BIGINT        NULL,
    action           VARCHAR(64)   NOT NULL,
    subject_type     VARCHAR(32)   NULL,
    subject_id       VARCHAR(64)   NULL,
    detail           VARCHAR(1000) NULL,
    ip               VARCHAR(45)   NULL,
    INDEX ix_audit_event_occurred (occurred_at),
    INDEX ix_audit_event_subject (subject_type, subject_id),
    INDEX ix_audit_event_actor (actor_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
