-- "Sign out everywhere": every session remembers the epoch it signed in under; raising the epoch
-- ends all of them on their next request, on every node.
ALTER TABLE account_user ADD COLUMN session_epoch INT NOT NULL DEFAULT 0;
