-- Every save of an article is kept as a revision: its Markdown for comparing, and the whole form as JSON for
-- restoring it. Numbers count per article from 1.
CREATE TABLE article_revisions (
    id ${id},
    article_id BIGINT       NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number     INTEGER      NOT NULL,
    kind       VARCHAR(20)  NOT NULL CHECK (kind IN ('save', 'autosave', 'restore')),
    title      VARCHAR(300) NOT NULL,
    body_markdown TEXT      NOT NULL,
    content    TEXT         NOT NULL,
    saved_by   BIGINT       REFERENCES staff (id),
    saved_at   BIGINT       NOT NULL,
    UNIQUE (article_id, number)
);

-- Private preview links: only a hash of the token is stored, so a copy of the database opens no previews.
CREATE TABLE preview_links (
    id ${id},
    article_id BIGINT      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_by BIGINT      REFERENCES staff (id),
    created_at BIGINT      NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX preview_links_by_article ON preview_links (article_id);
