package org.masthead.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.masthead.site.SiteSecret;

/**
 * Stores comments another system already moderated, with the status they had there, for {@link Comments#importArchived}.
 * A reply goes under its parent only if that parent is published: readers cannot see a reply under a comment they do
 * not see, so it moves up to the nearest published ancestor, or starts a thread.
 *
 * <p>Two statements for a whole discussion: one insert of all its comments, then one batch that threads them
 * (parent, depth, thread and path need the ids the insert gave). An insert and a round of JDBI per comment were
 * most of an imported post's time (docs/PERFORMANCE.md, "WordPress import").
 */
final class ArchiveImport {
    private static final Set<String> STATUSES = Set.of("published", "pending", "rejected");
    /** Rows per insert: 10 bound values each stays far below the 32,766 bound values SQLite takes in one statement. */
    private static final int ROWS_PER_INSERT = 500;
    private static final String COLUMNS = "article_id, depth, author_name, author_email, body_text, body_html, status,"
            + " reasons, ip_hash, notify_replies, created_at, moderation_decision, moderation_phase, moderation";
    private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, 'import', '')";
    private final SiteSecret secret;
    private final int maxDepth;

    ArchiveImport(SiteSecret secret, int maxDepth) {
        this.secret = secret;
        this.maxDepth = maxDepth;
    }

    private record Spot(long id, long threadId, String path, int depth, String status, Long parentId) {}

    List<Long> store(Handle h, long articleId, List<ArchivedComment> comments) {
        for (ArchivedComment c : comments) {
            if (!STATUSES.contains(c.status())) throw new IllegalArgumentException("unknown status " + c.status());
        }
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < comments.size(); from += ROWS_PER_INSERT) {
            ids.addAll(insert(h, articleId, comments.subList(from, Math.min(comments.size(), from + ROWS_PER_INSERT))));
        }
        EarlierComments store = new EarlierComments(h);
        Map<String, Spot> batch = new HashMap<>();
        Map<Long, Spot> known = new HashMap<>();
        List<Spot> placed = new ArrayList<>();
        for (int i = 0; i < comments.size(); i++) {
            ArchivedComment c = comments.get(i);
            long id = ids.get(i);
            Spot parent = c.parentKey() != null ? batch.get(c.parentKey())
                    : c.parentId() != null ? spot(store, known, c.parentId()) : null;
            Spot attachTo = visibleAncestor(store, known, parent);
            // As for live replies: an answer to the deepest level goes next to the comment it answers.
            if (attachTo != null && attachTo.depth() >= maxDepth) attachTo = spot(store, known, attachTo.parentId());
            Spot spot = attachTo == null ? new Spot(id, id, Comments.pathUnder(null, id), 1, c.status(), null)
                    : new Spot(id, attachTo.threadId(), Comments.pathUnder(attachTo.path(), id), attachTo.depth() + 1,
                            c.status(), attachTo.id());
            batch.put(c.key(), spot);
            known.put(id, spot);
            placed.add(spot);
        }
        if (!placed.isEmpty()) {
            PreparedBatch thread = h.prepareBatch(
                    "UPDATE comments SET parent_id = :parentId, depth = :depth, thread_id = :threadId, path = :path WHERE id = :id");
            for (Spot s : placed) {
                thread.bind("parentId", s.parentId()).bind("depth", s.depth()).bind("threadId", s.threadId())
                        .bind("path", s.path()).bind("id", s.id()).add();
            }
            thread.execute();
        }
        // A plain statement: attaching CommentStore for it, once per imported post, cost more than the count.
        if (!ids.isEmpty()) h.createUpdate(CommentStore.RECOUNT).bind("articleId", articleId).execute();
        return ids;
    }

    /**
     * Inserts the comments at the top level and returns their ids in the order given. The rows come back with the
     * key each was inserted with (in {@code reasons}): neither database promises to return them in order.
     */
    private List<Long> insert(Handle h, long articleId, List<ArchivedComment> comments) {
        String sql = "INSERT INTO comments (" + COLUMNS + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(comments.size(), ROW)) + " RETURNING id, reasons";
        var insert = h.createQuery(sql);
        int at = 0;
        for (ArchivedComment c : comments) {
            var cleaned = CommentText.imported(c.html());
            String ipHash = c.ipAddress() == null || c.ipAddress().isBlank() ? ""
                    : secret.sign("ip", c.ipAddress()).substring(0, 32);
            insert.bind(at++, articleId).bind(at++, clip(c.name(), 100)).bind(at++, c.email().length() > 320 ? "" : c.email())
                    .bind(at++, cleaned.text()).bind(at++, cleaned.html().html()).bind(at++, c.status())
                    .bind(at++, "import: " + c.key()).bind(at++, ipHash).bind(at++, c.at().toEpochMilli())
                    .bind(at++, decision(c.status()));
        }
        Map<String, Long> idByReason = new HashMap<>();
        insert.map((rs, ctx) -> Map.entry(rs.getString(2), rs.getLong(1))).forEach(e -> idByReason.put(e.getKey(), e.getValue()));
        return comments.stream().map(c -> idByReason.get("import: " + c.key())).toList();
    }

    /** The comment itself if readers see it, else its nearest ancestor they see; null when there is none. */
    private Spot visibleAncestor(EarlierComments store, Map<Long, Spot> known, Spot from) {
        for (Spot s = from; s != null; s = s.parentId() == null ? null : spot(store, known, s.parentId())) {
            if (s.status().equals("published")) return s;
        }
        return null;
    }

    /**
     * Comments stored by an earlier run, which replies in this one may answer. The store is attached only when one
     * is asked for: attaching a JDBI SQL object prepares every one of its methods, which costs more than the loop.
     */
    private static final class EarlierComments {
        private final Handle handle;
        private CommentStore store;

        EarlierComments(Handle handle) {
            this.handle = handle;
        }

        Optional<CommentRow> find(long id) {
            if (store == null) store = handle.attach(CommentStore.class);
            return store.find(id);
        }
    }

    private static Spot spot(EarlierComments store, Map<Long, Spot> known, Long id) {
        if (id == null) return null;
        return known.computeIfAbsent(id, k -> store.find(k)
                .map(r -> new Spot(r.id(), r.threadId(), r.path(), r.depth(), r.status(), r.parentId()))
                .orElse(null));
    }

    /** The moderation decision a status stands for: the source's moderators made it. */
    private static String decision(String status) {
        return switch (status) {
            case "published" -> "publish";
            case "pending" -> "review";
            default -> "reject";
        };
    }

    static String clip(String text, int max) {
        String s = text == null || text.isBlank() ? "Anonymous" : text.strip();
        return s.length() <= max ? s : s.substring(0, max);
    }
}
