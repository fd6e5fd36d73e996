-- The office's holidays (libur nasional and cuti bersama), one row per date: seeded from the office's
-- holidays.csv (source FILE; only dates without a row are added at start-up) and kept by administrators
-- (source ADMIN). A deleted holiday stays as an inactive ADMIN row, so that the file does not bring it
-- back; the unique date is what makes the start-up import idempotent on every node.
-- updated_at has an explicit default: with explicit_defaults_for_timestamp off (MariaDB before 10.10)
-- the first plain TIMESTAMP NOT NULL column would be rewritten on every update.
CREATE TABLE sla_holiday (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(255) NOT NULL,
    type         VARCHAR(16)  NOT NULL CHECK (type IN ('LIBUR_NASIONAL', 'CUTI_BERSAMA')),
    source       VARCHAR(8)   NOT NULL CHECK (source IN ('FILE', 'ADMIN')),
    active       BOOLEAN      NOT NULL,
    updated_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version      INT          NOT NULL,
    CONSTRAINT uq_sla_holiday_date UNIQUE (holiday_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
