-- Counting the threads before a comment (which page shows it) and the threads of an article (how many pages) read
-- every first comment of the article. With status in the index those counts no longer visit the table row by row:
-- measured, that count was most of the database work of posting a comment to a busy article.
-- Still ordered by (created_at, id), so a page of threads is read in order and stops after the page.
DROP INDEX comments_threads;
CREATE INDEX comments_threads ON comments (article_id, parent_id, created_at, id, status);
