-- The staff desk: sessions, one-time links, sign-in attempts, two-factor secrets and the audit log.
-- Every secret is stored as its SHA-256 (sessions, links, recovery codes), so a leaked backup signs no one in.

-- A signed-in member of staff. A session whose second factor is still pending (password right, code not yet
-- entered) grants nothing but the code form. Idle and absolute expiry are checked against last_seen_at and
-- created_at with the lifetimes from the settings, so changing a setting applies to existing sessions too.
CREATE TABLE desk_sessions (
    token_hash     VARCHAR(64) PRIMARY KEY,
    staff_id       BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at     BIGINT      NOT NULL,
    last_seen_at   BIGINT      NOT NULL,
    factor_pending BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX desk_sessions_by_staff ON desk_sessions (staff_id);

-- Links sent by email: resetting a password, accepting an invitation. Single use: used_at is set once.
CREATE TABLE desk_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    staff_id   BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    purpose    VARCHAR(10) NOT NULL CHECK (purpose IN ('reset', 'invite')),
    created_at BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL,
    used_at    BIGINT
);
CREATE INDEX desk_tokens_by_staff ON desk_tokens (staff_id, purpose);

-- Failed sign-ins per keyed hash of an email or a network address, so every node of a cluster locks out alike.
CREATE TABLE desk_attempts (
    key_hash   VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX desk_attempts_by_key ON desk_attempts (key_hash, created_at);
CREATE INDEX desk_attempts_by_time ON desk_attempts (created_at);

-- TOTP (RFC 6238). The secret must be readable to compute codes, so it cannot be hashed; confirmed_at is null
-- while enrolment waits for a first correct code. last_step is the newest time step used, so no code works twice.
CREATE TABLE staff_second_factors (
    staff_id     BIGINT      PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    secret       VARCHAR(64) NOT NULL,
    confirmed_at BIGINT,
    last_step    BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE staff_recovery_codes (
    code_hash VARCHAR(64) PRIMARY KEY,
    staff_id  BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    used_at   BIGINT
);
CREATE INDEX staff_recovery_codes_by_staff ON staff_recovery_codes (staff_id);

-- Who did what on the desk. actor_id is null for events without a signed-in member (a failed sign-in);
-- actor_name keeps the name as it was, so the log reads the same after a rename.
CREATE TABLE audit_log (
    id         ${id},
    at         BIGINT       NOT NULL,
    actor_id   BIGINT       REFERENCES staff (id),
    actor_name VARCHAR(200) NOT NULL,
    action     VARCHAR(100) NOT NULL,
    subject    VARCHAR(500) NOT NULL,
    detail     TEXT         NOT NULL
);
CREATE INDEX audit_log_by_time ON audit_log (at, id);
