-- Every e-mail the portal sends, written in the same transaction as the change that causes it (a
-- registration, a reset request, an invitation) and sent from here by OutboxSender with retries.
-- The subject and body are rendered when the mail is queued, so a later template edit does not change
-- a mail already promised; message_id is fixed then too, so a repeated delivery is recognisable.
-- The timestamps are NULL-able or have an explicit default: with explicit_defaults_for_timestamp off
-- (MariaDB before 10.10) the first plain TIMESTAMP NOT NULL column would be rewritten on every update.
CREATE TABLE notification_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(320)  NOT NULL,
    locale          VARCHAR(8)    NOT NULL,
    template        VARCHAR(64)   NOT NULL,
    subject         VARCHAR(998)  NOT NULL,
    body            MEDIUMTEXT    NOT NULL,
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NULL,
    last_error      VARCHAR(255)  NULL,
    created_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    sent_at         TIMESTAMP(6)  NULL,
    message_id      VARCHAR(255)  NOT NULL,
    version         INT           NOT NULL,
    CONSTRAINT uq_notification_outbox_message_id UNIQUE (message_id),
    -- The sender's query: due PENDING rows, oldest first.
    INDEX ix_notification_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
