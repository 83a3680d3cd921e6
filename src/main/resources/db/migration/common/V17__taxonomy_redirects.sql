-- The slugs a section or tag had before a rename, so links to the old address answer 301 to the new one.
CREATE TABLE taxonomy_redirects (
    kind      VARCHAR(10)  NOT NULL CHECK (kind IN ('section', 'tag')),
    old_slug  VARCHAR(200) NOT NULL,
    target_id BIGINT       NOT NULL,
    PRIMARY KEY (kind, old_slug)
);
