-- One optional attachment per mail (a signed letter): the file stays in the file store under its key,
-- the outbox keeps only the key, the name to show and the media type, and the sender reads the file
-- when it sends (docs/adr/0020).
ALTER TABLE notification_outbox
    ADD COLUMN attachment_key  VARCHAR(64)  NULL,
    ADD COLUMN attachment_name VARCHAR(200) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL;
