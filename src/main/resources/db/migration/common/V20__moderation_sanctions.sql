-- Sanctions against commenters, imposed by moderators (moderation.sanctions.Sanctions). A sanction names a reader
-- account, an email address (lower case) or both; it ends when lifted or at ends_at, and stays as history.
CREATE TABLE reader_sanctions (
    id ${id},
    reader_id    BIGINT REFERENCES readers (id) ON DELETE CASCADE,
    email        VARCHAR(320),
    address_hash VARCHAR(64),
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('ban', 'suspend', 'premoderate')),
    reason       VARCHAR(1000) NOT NULL DEFAULT '',
    imposed_by   VARCHAR(320)  NOT NULL DEFAULT '',
    created_at   BIGINT        NOT NULL,
    ends_at      BIGINT,
    lifted_at    BIGINT,
    lifted_by    VARCHAR(320),
    CHECK (reader_id IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX reader_sanctions_by_reader ON reader_sanctions (reader_id);
CREATE INDEX reader_sanctions_by_email ON reader_sanctions (email);
CREATE INDEX reader_sanctions_by_address ON reader_sanctions (address_hash);

-- The site's own rules for email domains; they override the shipped list of throwaway-mail domains.
CREATE TABLE email_domain_rules (
    domain     VARCHAR(253) PRIMARY KEY,
    action     VARCHAR(10)  NOT NULL CHECK (action IN ('block', 'hold', 'allow')),
    note       VARCHAR(1000) NOT NULL DEFAULT '',
    created_at BIGINT       NOT NULL
);

-- Rules for one network address or a whole network (/24, /48), known only by salted hash (moderation.Addresses).
CREATE TABLE address_rules (
    id ${id},
    hash       VARCHAR(64)   NOT NULL,
    network    BOOLEAN       NOT NULL,
    action     VARCHAR(10)   NOT NULL CHECK (action IN ('block', 'hold')),
    note       VARCHAR(1000) NOT NULL DEFAULT '',
    created_at BIGINT        NOT NULL,
    ends_at    BIGINT,
    lifted_at  BIGINT
);
CREATE INDEX address_rules_by_hash ON address_rules (hash);

-- What moderation found, stored with each comment: the network's hash (for network rules and evasion hints), the
-- pipeline's own decision (a published comment whose decision was 'review' is one a moderator approved; readers earn
-- trust by those), the phase that decided, and every reason, score and matched word as JSON (moderation.VerdictJson).
ALTER TABLE comments ADD COLUMN network_hash VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN moderation_decision VARCHAR(10) NOT NULL DEFAULT 'publish';
ALTER TABLE comments ADD COLUMN moderation_phase VARCHAR(40) NOT NULL DEFAULT '';
ALTER TABLE comments ADD COLUMN moderation TEXT NOT NULL DEFAULT '';
