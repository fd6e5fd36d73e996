-- A social worker (PSM or TKSK) serves the residents of one kecamatan: its code from regions.csv
-- (e.g. 32.16.05). Null for everyone else.
ALTER TABLE account_user
    ADD COLUMN district_code VARCHAR(16) NULL;
