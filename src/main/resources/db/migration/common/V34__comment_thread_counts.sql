-- Posting a comment redirects to the page that shows it, and a page of a discussion says how many pages there
-- are: both counted the article's threads, a count that grows with the discussion and was half of SQLite's work per
-- post (docs/PERFORMANCE.md, "Comments"). The count is now kept, like the count of published comments: top-level
-- comments readers see (published, or deleted with their place kept for the replies).
ALTER TABLE comment_counts ADD COLUMN threads INTEGER NOT NULL DEFAULT 0;

INSERT INTO comment_counts (article_id, published)
SELECT DISTINCT article_id, 0 FROM comments
 WHERE parent_id IS NULL AND status IN ('published', 'deleted')
   AND article_id NOT IN (SELECT article_id FROM comment_counts);

UPDATE comment_counts SET threads = (
    SELECT count(*) FROM comments c
     WHERE c.article_id = comment_counts.article_id AND c.parent_id IS NULL AND c.status IN ('published', 'deleted'));

-- Fewer indexes to write per new comment. Comments are looked up by email through comments_by_email (email,
-- created_at), which serves every question comments_by_author (email, approved_at) answered. Most comments are
-- never approved by hand, so the approved queue's index need not hold them.
DROP INDEX comments_by_author;
DROP INDEX comments_approved;
CREATE INDEX comments_approved ON comments (approved_at) WHERE approved_at IS NOT NULL;
