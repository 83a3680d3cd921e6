-- Reader comments. Threads are stored as a materialised path ("0000000012.0000000015"): ordering by
-- (thread_id, path) lists a thread in reading order, so one indexed query fetches whole threads.

ALTER TABLE articles ADD COLUMN comments_mode VARCHAR(10) NOT NULL DEFAULT 'open'
    CHECK (comments_mode IN ('open', 'closed', 'hidden'));

CREATE TABLE readers (
    id ${id},
    email           VARCHAR(320) NOT NULL UNIQUE,
    name            VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    email_confirmed BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      BIGINT       NOT NULL
);

CREATE TABLE comments (
    id ${id},
    article_id     BIGINT       NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    parent_id      BIGINT REFERENCES comments (id),
    thread_id      BIGINT,
    path           VARCHAR(120) NOT NULL DEFAULT '',
    depth          INTEGER      NOT NULL,
    author_name    VARCHAR(100) NOT NULL,
    author_email   VARCHAR(320) NOT NULL,
    reader_id      BIGINT REFERENCES readers (id),
    body_text      TEXT         NOT NULL,
    body_html      TEXT         NOT NULL,
    status         VARCHAR(20)  NOT NULL CHECK (status IN ('published', 'pending', 'rejected', 'deleted')),
    reasons        TEXT         NOT NULL DEFAULT '',
    ip_hash        VARCHAR(64)  NOT NULL DEFAULT '',
    owner_key_hash VARCHAR(64)  NOT NULL DEFAULT '',
    notify_replies BOOLEAN      NOT NULL DEFAULT FALSE,
    like_count     INTEGER      NOT NULL DEFAULT 0,
    created_at     BIGINT       NOT NULL,
    edited_at      BIGINT
);
CREATE INDEX comments_threads ON comments (article_id, parent_id, created_at);
CREATE INDEX comments_in_thread ON comments (thread_id, path);
CREATE INDEX comments_by_ip ON comments (ip_hash, created_at);
CREATE INDEX comments_by_email ON comments (author_email, created_at);
CREATE INDEX comments_recent ON comments (status, created_at);

-- Published comments per article, kept with the article so lists show counts without counting.
CREATE TABLE comment_counts (
    article_id BIGINT  PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE comment_likes (
    comment_id BIGINT      NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    voter_key  VARCHAR(64) NOT NULL,
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (comment_id, voter_key)
);

CREATE TABLE comment_reports (
    id ${id},
    comment_id   BIGINT       NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    reason       VARCHAR(20)  NOT NULL CHECK (reason IN ('spam', 'abuse', 'threat', 'off-topic', 'other')),
    details      VARCHAR(1000) NOT NULL DEFAULT '',
    reporter_key VARCHAR(64)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    UNIQUE (comment_id, reporter_key)
);

INSERT INTO site_settings (name, value) VALUES
    ('comments.close-after-days', '0'),
    ('comments.max-depth', '5');
