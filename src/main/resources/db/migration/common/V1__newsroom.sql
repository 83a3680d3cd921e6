-- One schema for SQLite and PostgreSQL. Instants are UTC epoch milliseconds in BIGINT columns
-- (SQLite compares mixed timestamp text wrongly); ${id} is the dialect's auto-increment key.

CREATE TABLE staff (
    id ${id},
    email         VARCHAR(320) NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    slug          VARCHAR(200) NOT NULL UNIQUE,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('admin', 'editor', 'author', 'contributor', 'moderator')),
    password_hash VARCHAR(200),
    bio           TEXT         NOT NULL DEFAULT '',
    disabled      BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    BIGINT       NOT NULL
);

CREATE TABLE categories (
    id ${id},
    parent_id   BIGINT REFERENCES categories (id),
    slug        VARCHAR(200) NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL DEFAULT '',
    position    INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE tags (
    id ${id},
    slug VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE images (
    id ${id},
    file_key   VARCHAR(100) NOT NULL UNIQUE,
    width      INTEGER      NOT NULL,
    height     INTEGER      NOT NULL,
    widths     VARCHAR(100) NOT NULL,
    alt_text   TEXT         NOT NULL DEFAULT '',
    caption    TEXT         NOT NULL DEFAULT '',
    credit     VARCHAR(300) NOT NULL DEFAULT '',
    created_at BIGINT       NOT NULL
);

CREATE TABLE articles (
    id ${id},
    slug              VARCHAR(200) NOT NULL UNIQUE,
    title             VARCHAR(300) NOT NULL,
    dek               TEXT         NOT NULL DEFAULT '',
    body_markdown     TEXT         NOT NULL,
    body_html         TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'unpublished')),
    language          VARCHAR(20)  NOT NULL DEFAULT 'en',
    editor_credit     VARCHAR(200) NOT NULL DEFAULT '',
    featured_image_id BIGINT REFERENCES images (id),
    published_at      BIGINT,
    updated_at        BIGINT       NOT NULL,
    created_at        BIGINT       NOT NULL
);
CREATE INDEX articles_by_status_and_date ON articles (status, published_at);

CREATE TABLE article_authors (
    article_id BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    staff_id   BIGINT  NOT NULL REFERENCES staff (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, staff_id)
);
CREATE INDEX article_authors_by_staff ON article_authors (staff_id);

CREATE TABLE article_categories (
    article_id  BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category_id BIGINT  NOT NULL REFERENCES categories (id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_categories_by_category ON article_categories (category_id);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id),
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_by_tag ON article_tags (tag_id);

-- Corrections and update notes, shown at the foot of the article in the order written.
CREATE TABLE article_notes (
    id ${id},
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    body       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX article_notes_by_article ON article_notes (article_id);

CREATE TABLE site_settings (
    name  VARCHAR(100) PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO site_settings (name, value) VALUES
    ('site.name', 'Masthead'),
    ('site.description', 'Independent news'),
    ('site.language', 'en'),
    ('appeal.enabled', 'true'),
    ('appeal.text', 'We are a small independent team. No billionaire owns us and no paywall hides our reporting. If our work matters to you, please help keep us online with a donation.'),
    ('appeal.link', '/support/'),
    ('appeal.button', 'Support our journalism');
