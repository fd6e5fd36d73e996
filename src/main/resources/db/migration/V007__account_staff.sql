-- Staff accounts (kind STAFF in account_user), created by an administrator: the NIP of a civil
-- servant (contract staff have none, so it is optional) and the unit (bidang, team or secretariat)
-- a person works in.
ALTER TABLE account_user
    ADD COLUMN nip       CHAR(18)    NULL,
    ADD COLUMN unit_code VARCHAR(64) NULL,
    ADD CONSTRAINT uq_account_user_nip UNIQUE (nip),
    ADD CONSTRAINT fk_account_user_unit FOREIGN KEY (unit_code) REFERENCES office_unit (code);

-- The roles a staff member holds, each in a unit (part of the account aggregate: rewritten with it).
CREATE TABLE account_staff_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    unit_code  VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, role, unit_code),
    CONSTRAINT fk_account_staff_role_user FOREIGN KEY (account_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_staff_role_unit FOREIGN KEY (unit_code) REFERENCES office_unit (code),
    INDEX ix_account_staff_role_unit (unit_code, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deputising (pelaksana harian): for these dates the deputy also holds the absent person's role in
-- the unit. A dated record, never a shared password; ending it early keeps the row (ended_at), because
-- what a deputy signed must stay explainable.
-- created_at has an explicit default: with explicit_defaults_for_timestamp off (MariaDB before 10.10)
-- the first TIMESTAMP NOT NULL column would otherwise be rewritten on every update.
CREATE TABLE account_deputy (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    deputy_account_id BIGINT       NOT NULL,
    absent_account_id BIGINT       NOT NULL,
    role              VARCHAR(32)  NOT NULL,
    unit_code         VARCHAR(64)  NOT NULL,
    starts_on         DATE         NOT NULL,
    ends_on           DATE         NOT NULL,
    created_by        BIGINT       NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    ended_at          TIMESTAMP(6) NULL,
    ended_by          BIGINT       NULL,
    version           INT          NOT NULL,
    CONSTRAINT ck_account_deputy_dates CHECK (starts_on <= ends_on),
    CONSTRAINT ck_account_deputy_people CHECK (deputy_account_id <> absent_account_id),
    CONSTRAINT fk_account_deputy_deputy FOREIGN KEY (deputy_account_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_deputy_absent FOREIGN KEY (absent_account_id) REFERENCES account_user (id),
    CONSTRAINT fk_account_deputy_unit FOREIGN KEY (unit_code) REFERENCES office_unit (code),
    CONSTRAINT fk_account_deputy_created_by FOREIGN KEY (created_by) REFERENCES account_user (id),
    CONSTRAINT fk_account_deputy_ended_by FOREIGN KEY (ended_by) REFERENCES account_user (id),
    -- Sign-in's query: what a person deputises for today.
    INDEX ix_account_deputy_in_force (deputy_account_id, starts_on, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
