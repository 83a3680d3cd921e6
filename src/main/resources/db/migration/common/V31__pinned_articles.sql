-- A pinned article leads the front page whatever its date (WordPress's "sticky" posts come across as pinned).
ALTER TABLE articles ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
