-- Word lists (moderation.wordlists.WordLists): blocked and suspect words and phrases, editable on the desk. The
-- shipped lists are copied in once by the next migration (V22), written in Java because it reads resource files.
CREATE TABLE word_list_entries (
    id ${id},
    term       VARCHAR(200) NOT NULL,
    kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('blocked', 'suspect')),
    category   VARCHAR(20)  NOT NULL,
    language   VARCHAR(10)  NOT NULL DEFAULT '',
    created_at BIGINT       NOT NULL,
    UNIQUE (term, kind)
);

-- Links to these domains (and their subdomains) hold a comment (moderation.LinkDomains, phase Links).
CREATE TABLE blocked_link_domains (
    domain     VARCHAR(253) PRIMARY KEY,
    note       VARCHAR(1000) NOT NULL DEFAULT '',
    created_at BIGINT       NOT NULL
);
