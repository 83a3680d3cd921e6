-- Moving from WordPress: the old site's addresses, and what each WordPress item became here.

-- Old addresses (a permalink, /?p=253, an attachment page) and where they lead now: to an article, followed
-- wherever it moves, or to a fixed path on this site. "source" is a path with its query, e.g. /?p=253.
CREATE TABLE redirects (
    source     VARCHAR(1000) PRIMARY KEY,
    article_id BIGINT REFERENCES articles (id) ON DELETE CASCADE,
    target     VARCHAR(1000) NOT NULL DEFAULT '',
    created_at BIGINT        NOT NULL
);

-- One row per imported WordPress item, keyed by the exporting site's address and the item's id there (or the slug
-- of a term, the login of an author), so running an import again updates instead of duplicating. "fingerprint"
-- (SHA-256 of what was imported) tells an unchanged item; local_id is the article, image, comment, section, tag
-- or staff id (0 for an attachment whose file was not copied); "detail" keeps what later items need to know
-- (an attachment's original address, a post's featured attachment still to come).
CREATE TABLE wordpress_items (
    site        VARCHAR(500) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    wp_key      VARCHAR(200) NOT NULL,
    local_id    BIGINT       NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    detail      VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (site, kind, wp_key)
);
