-- Reader accounts: sessions, one-time email tokens and the record of attempts used for throttling.
-- Every secret is stored only as its SHA-256 hash (hex), so a copy of the database signs no one in.
-- Instants are UTC epoch milliseconds.

CREATE TABLE reader_sessions (
    token_hash VARCHAR(64) PRIMARY KEY,
    reader_id  BIGINT      NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL
);
CREATE INDEX reader_sessions_by_reader ON reader_sessions (reader_id);
CREATE INDEX reader_sessions_by_expiry ON reader_sessions (expires_at);

-- Links sent by email: confirming the address, resetting the password. Single use: used_at is set once.
CREATE TABLE reader_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    reader_id  BIGINT      NOT NULL REFERENCES readers (id) ON DELETE CASCADE,
    purpose    VARCHAR(10) NOT NULL CHECK (purpose IN ('confirm', 'reset')),
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL,
    used_at    BIGINT
);
CREATE INDEX reader_tokens_by_reader ON reader_tokens (reader_id, purpose);

-- Failed sign-ins and mails asked for, per keyed hash of an email or a network address, so every node
-- of a cluster throttles alike.
CREATE TABLE reader_attempts (
    key_hash   VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX reader_attempts_by_key ON reader_attempts (key_hash, created_at);
CREATE INDEX reader_attempts_by_time ON reader_attempts (created_at);
