package org.masthead.comments;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterRowMapper(CommentRow.Mapper.class)
public interface CommentStore {
    /** What {@link CommentRow.Mapper} reads, in its order. */
    String COLUMNS = "c.id, c.article_id, c.parent_id, c.thread_id, c.path, c.depth, c.author_name, c.author_email, "
            + "c.reader_id, c.body_text, c.body_html, c.status, c.owner_key_hash, c.notify_replies, c.like_count, "
            + "c.created_at, c.edited_at";
    /** Who sees a comment in a thread: published ones, and deleted ones as a placeholder that keeps replies in place. */
    String VISIBLE = "c.status IN ('published', 'deleted')";

    /** Also run as a plain statement by {@link PostingStatements}, hence a constant. */
    String INSERT = """
            INSERT INTO comments (article_id, parent_id, depth, author_name, author_email, reader_id, body_text,
                                  body_html, status, reasons, ip_hash, owner_key_hash, notify_replies, created_at,
                                  network_hash, moderation_decision, moderation_phase, moderation)
            VALUES (:articleId, :parentId, :depth, :authorName, :authorEmail, :readerId, :bodyText, :bodyHtml,
                    :status, :reasons, :ipHash, :ownerKeyHash, :notifyReplies, :now,
                    :networkHash, :moderationDecision, :moderationPhase, :moderation)
            RETURNING id""";
    String PLACE = "UPDATE comments SET thread_id = :threadId, path = :path WHERE id = :id";
    /** Moves the article's counts: published comments, and threads readers see. */
    String ADD_TO_COUNT = """
            INSERT INTO comment_counts (article_id, published, threads) VALUES (:articleId, :published, :threads)
            ON CONFLICT (article_id) DO UPDATE SET published = comment_counts.published + :published,
                                                   threads = comment_counts.threads + :threads""";

    @SqlQuery(INSERT)
    long insert(long articleId, Long parentId, int depth, String authorName, String authorEmail, Long readerId,
            String bodyText, String bodyHtml, String status, String reasons, String ipHash, String ownerKeyHash,
            boolean notifyReplies, long now, String networkHash, String moderationDecision, String moderationPhase,
            String moderation);

    @SqlUpdate(PLACE)
    void place(long id, long threadId, String path);

    @SqlQuery("SELECT " + COLUMNS + " FROM comments c WHERE c.id = :id")
    Optional<CommentRow> find(long id);

    @SqlQuery("SELECT moderation FROM comments WHERE id = :id")
    Optional<String> moderation(long id);

    @SqlUpdate("UPDATE comments SET body_text = :text, body_html = :html, edited_at = :now WHERE id = :id")
    void edit(long id, String text, String html, long now);

    @SqlUpdate("UPDATE comments SET author_name = :name, body_text = :text, body_html = :html WHERE id = :id")
    void updateArchived(long id, String name, String text, String html);

    @SqlUpdate("UPDATE comments SET moderation_decision = :decision, moderation_phase = :phase, moderation = :moderation"
            + " WHERE id = :id")
    void remoderated(long id, String decision, String phase, String moderation);

    /** Changes the status only from {@code from}: 0 when the comment had another by then. */
    @SqlUpdate("UPDATE comments SET status = :to WHERE id = :id AND status = :from")
    int changeStatus(long id, String from, String to);

    /**
     * Moves a comment to status {@code to} from whatever it has at this moment, and its article's counts with it. The
     * change is conditional on the status just read and, if a moderator changed it in between, read again: the counts
     * move once, from the status the comment really had (as {@link #approve} and {@link #reject} do for moderators).
     */
    default void moveTo(long id, String to) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CommentRow now = find(id).orElseThrow();
            if (now.status().equals(to)) return;
            if (changeStatus(id, now.status(), to) == 1) {
                countChange(now, now.status(), to);
                return;
            }
        }
        throw new IllegalStateException("comment " + id + " changed status five times while it was being moved to " + to);
    }

    /**
     * A moderator's approval: published (if it was not), marked approved once (the Trust phase counts these), and
     * its reports so far dealt with. Only from status {@code from}, so two moderators cannot both count it.
     */
    @SqlUpdate("""
            UPDATE comments SET status = 'published', approved_at = COALESCE(approved_at, :now), reports_seen_at = :now
             WHERE id = :id AND status = :from""")
    int approve(long id, String from, long now);

    /** A moderator's rejection, only from status {@code from}; its reports so far are dealt with. */
    @SqlUpdate("UPDATE comments SET status = 'rejected', reports_seen_at = :now WHERE id = :id AND status = :from")
    int reject(long id, String from, long now);

    @SqlUpdate("UPDATE comments SET notify_replies = FALSE WHERE id = :id")
    int stopNotifications(long id);

    @SqlUpdate(ADD_TO_COUNT)
    void addToCount(long articleId, int published, int threads);

    /**
     * Keeps the article's counts in step with a comment that goes from status {@code from} to {@code to}: the
     * published comments, and the threads readers see (a top-level comment published, or deleted with its place
     * kept), as {@link #threadCount} would count them.
     */
    default void countChange(CommentRow comment, String from, String to) {
        int published = is(to, "published") - is(from, "published");
        int threads = comment.parentId() != null ? 0
                : is(to, "published") + is(to, "deleted") - is(from, "published") - is(from, "deleted");
        if (published != 0 || threads != 0) addToCount(comment.articleId(), published, threads);
    }

    private static int is(String status, String wanted) {
        return wanted.equals(status) ? 1 : 0; // status is null for a comment not stored before
    }

    /** Also run as a plain statement by {@link ArchiveImport}, hence a constant. */
    String RECOUNT = "INSERT INTO comment_counts (article_id, published, threads) VALUES (:articleId,"
            + " (SELECT count(*) FROM comments WHERE article_id = :articleId AND status = 'published'),"
            + " (SELECT count(*) FROM comments c WHERE c.article_id = :articleId AND c.parent_id IS NULL AND " + VISIBLE + "))"
            + " ON CONFLICT (article_id) DO UPDATE SET published = excluded.published, threads = excluded.threads";

    /** Counts an article's comments again from the rows: after an import, which stores many at once. */
    @SqlUpdate(RECOUNT)
    void recount(long articleId);

    @SqlQuery("SELECT published FROM comment_counts WHERE article_id = :articleId")
    Optional<Integer> count(long articleId);

    /** The threads readers see under the article, as kept by {@link #countChange}. */
    @SqlQuery("SELECT COALESCE(MAX(threads), 0) FROM comment_counts WHERE article_id = :articleId")
    int threadCount(long articleId);

    @SqlQuery("SELECT count(*) FROM comments WHERE parent_id = :id AND status IN ('published', 'deleted')")
    int visibleReplies(long id);

    // --- likes and reports ---

    @SqlUpdate("INSERT INTO comment_likes (comment_id, voter_key, created_at) VALUES (:id, :voterKey, :now) ON CONFLICT DO NOTHING")
    int like(long id, String voterKey, long now);

    @SqlUpdate("UPDATE comments SET like_count = like_count + 1 WHERE id = :id")
    void countLike(long id);

    /** For imports, in one batch: each comment's place, and its likes as counted by the system it came from. */
    @SqlBatch("UPDATE comments SET thread_id = :threadId, path = :path, like_count = :likes WHERE id = :id")
    void placeAll(List<Long> id, List<Long> threadId, List<String> path, List<Integer> likes);

    @SqlUpdate("""
            INSERT INTO comment_reports (comment_id, reason, details, reporter_key, created_at)
            VALUES (:id, :reason, :details, :reporterKey, :now) ON CONFLICT DO NOTHING""")
    int report(long id, String reason, String details, String reporterKey, long now);

    @SqlQuery("SELECT " + COLUMNS + " FROM comments c WHERE c.status = 'published' ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
    List<CommentRow> latestPublished(int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM comments c WHERE c.article_id = :articleId AND c.status = 'published'"
            + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
    List<CommentRow> latestPublishedOn(long articleId, int limit);
}
