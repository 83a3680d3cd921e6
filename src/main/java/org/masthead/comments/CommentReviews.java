package org.masthead.comments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Comments as moderators see them: the review queues (held, pre-moderation, reported, approved, rejected), a
 * reader's comments, and each comment's stored moderation reasons and reader reports. Changing a comment's status is
 * {@link Comments#approve} and {@link Comments#reject}; this class only reads.
 */
public final class CommentReviews {
    /**
     * Stored reasons ("phase/code: detail" lines) that mean "this reader's comments are read first" (the site
     * pre-moderates everything or first comments, or a moderator put the reader under pre-moderation) rather than
     * "something in this comment looks wrong": their comments form the pre-moderation queue, the others the held one.
     */
    static final List<String> PRE_MODERATION_REASONS = List.of("pre-moderation/", "trust/first-comments:",
            "banned/premoderated:");

    public enum Queue {
        HELD, PREMODERATION, REPORTED, APPROVED, REJECTED
    }

    /**
     * A comment with what moderators need to judge it: {@code reasons}, the pipeline's, one per line; {@code verdict},
     * everything moderation found as stored ({@code moderation.VerdictJson}); {@code ipHash}, the salted hash of
     * the address it came from (for sanctions that catch ban evasion).
     */
    public record Item(CommentRow comment, String reasons, String verdict, String ipHash, List<ReportCount> reports,
            List<String> reportDetails, Long approvedAt) {
        public int reportCount() {
            return reports.stream().mapToInt(ReportCount::count).sum();
        }
    }

    public record ReportCount(String reason, int count) {}

    public record Page(List<Item> items, int total) {}

    private final Jdbi jdbi;

    public CommentReviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of a queue, newest or oldest first: by when the comment was written (approved: when approved). */
    public Page queue(Queue queue, boolean oldestFirst, int page, int perPage) {
        String direction = oldestFirst ? "ASC" : "DESC";
        return jdbi.withHandle(h -> {
            int total = count(h, queue);
            List<Item> items = items(h, h.createQuery("SELECT " + COLUMNS + " FROM comments c WHERE " + where(queue)
                            + " ORDER BY " + (queue == Queue.APPROVED ? "c.approved_at " : "c.created_at ") + direction
                            + ", c.id " + direction + " LIMIT :limit OFFSET :offset")
                    .bind("limit", perPage).bind("offset", (page - 1) * perPage).map(this::row).list());
            return new Page(items, total);
        });
    }

    private static int count(Handle h, Queue queue) {
        return h.createQuery("SELECT count(*) FROM comments c WHERE " + where(queue)).mapTo(Integer.class).one();
    }

    private static String where(Queue queue) {
        return switch (queue) {
            case HELD -> "c.status = 'pending' AND NOT (" + preModerated() + ")";
            case PREMODERATION -> "c.status = 'pending' AND (" + preModerated() + ")";
            case REPORTED -> "c.status = 'published' AND EXISTS (SELECT 1 FROM comment_reports r WHERE r.comment_id = c.id"
                    + " AND r.created_at > COALESCE(c.reports_seen_at, -1))";
            case APPROVED -> "c.approved_at IS NOT NULL AND c.status = 'published'";
            case REJECTED -> "c.status = 'rejected'";
        };
    }

    /** How many comments wait in each queue that needs a moderator. */
    public Map<Queue, Integer> waiting() {
        Map<Queue, Integer> counts = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            for (Queue q : List.of(Queue.HELD, Queue.PREMODERATION, Queue.REPORTED)) counts.put(q, count(h, q));
        });
        return counts;
    }

    /** These comments, in this order (missing ones left out). */
    public List<Item> byIds(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbi.withHandle(h -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            h.createQuery("SELECT " + COLUMNS + " FROM comments c WHERE c.id IN (<ids>)").bindList("ids", ids)
                    .map(this::row).forEach(r -> rows.put(r.comment.id(), r));
            return items(h, ids.stream().filter(rows::containsKey).map(rows::get).toList());
        });
    }

    /** The reader's comments (by email, any case), newest first, whatever their status. */
    public List<Item> byAuthor(String email, int limit) {
        return jdbi.withHandle(h -> items(h, h.createQuery("SELECT " + COLUMNS
                        + " FROM comments c WHERE lower(c.author_email) = :email ORDER BY c.created_at DESC, c.id DESC LIMIT :limit")
                .bind("email", email.strip().toLowerCase(java.util.Locale.ROOT)).bind("limit", limit)
                .map(this::row).list()));
    }

    private static String preModerated() {
        List<String> tests = new ArrayList<>();
        for (String reason : PRE_MODERATION_REASONS) tests.add("c.reasons LIKE '%" + reason + "%'");
        return String.join(" OR ", tests);
    }

    // --- reading rows ---

    private static final String COLUMNS = CommentStore.COLUMNS + ", c.reasons, c.approved_at, c.moderation, c.ip_hash";

    private record Row(CommentRow comment, String reasons, Long approvedAt, String verdict, String ipHash) {}

    private Row row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        CommentRow comment = new CommentRow.Mapper().map(rs, ctx);
        long approved = rs.getLong(19);
        Long approvedAt = rs.wasNull() ? null : approved;
        return new Row(comment, rs.getString(18), approvedAt, rs.getString(20), rs.getString(21));
    }

    /** Adds each comment's reports (counted by reason, and what reporters wrote), in two queries for the page. */
    private List<Item> items(Handle h, List<Row> rows) {
        if (rows.isEmpty()) return List.of();
        List<Long> ids = rows.stream().map(r -> r.comment.id()).toList();
        Map<Long, List<ReportCount>> counts = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT comment_id, reason, count(*) FROM comment_reports WHERE comment_id IN (<ids>)
                         GROUP BY comment_id, reason ORDER BY count(*) DESC, reason""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new ReportCount(rs.getString(2), rs.getInt(3))))
                .forEach(e -> counts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<String>> details = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT comment_id, details FROM comment_reports WHERE comment_id IN (<ids>) AND details <> ''
                         ORDER BY created_at DESC, id DESC""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> details.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new Item(r.comment, r.reasons, r.verdict, r.ipHash,
                counts.getOrDefault(r.comment.id(), List.of()), details.getOrDefault(r.comment.id(), List.of()),
                r.approvedAt)).toList();
    }
}
