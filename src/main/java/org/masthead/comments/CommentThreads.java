package org.masthead.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ArticleRef;
import org.masthead.site.SiteSecret;
import org.masthead.web.Paging;

/** Reading discussions: a page of whole threads in display order, counts, and which page holds a comment. */
public final class CommentThreads {
    private final Jdbi jdbi;
    private final SiteSecret secret;
    private final Supplier<CommentPolicy> policy;
    private final Clock clock;

    public CommentThreads(Jdbi jdbi, SiteSecret secret, Supplier<CommentPolicy> policy, Clock clock) {
        this.jdbi = jdbi;
        this.secret = secret;
        this.policy = policy;
        this.clock = clock;
    }

    /** Page {@code page} of the article's threads, each with all its replies, fetched in one query. */
    public CommentSection section(ArticleRef article, CommentSort sort, int page) {
        CommentPolicy rules = policy.get();
        int perPage = rules.threadsPerPage();
        return jdbi.withHandle(h -> {
            CommentStore store = h.attach(CommentStore.class);
            int threads = store.threadCount(article.id());
            int lastPage = Math.max(1, (threads + perPage - 1) / perPage);
            Paging.requireExists(page, lastPage);
            List<CommentRow> rows = h.createQuery("SELECT " + CommentStore.COLUMNS + """
                     FROM comments c JOIN (
                        SELECT t.id, t.created_at, t.like_count FROM comments t
                         WHERE t.article_id = :articleId AND t.parent_id IS NULL AND t.status IN ('published', 'deleted')
                         ORDER BY <order> LIMIT :limit OFFSET :offset) t ON c.thread_id = t.id
                    WHERE c.status IN ('published', 'deleted')
                    ORDER BY <order>, c.path""")
                    .define("order", sort.threadOrder)
                    .bind("articleId", article.id()).bind("limit", perPage).bind("offset", (page - 1) * perPage)
                    .map(new CommentRow.Mapper()).list();
            int count = store.count(article.id()).orElse(0);
            boolean open = rules.acceptsComments(article, clock.instant());
            return new CommentSection(article.id(), article.path(), article.commentsMode(), open,
                    open ? rules.closesAt(article) : null, count, tree(rows), sort, page, lastPage, rules.maxDepth());
        });
    }

    /** One comment on its own, without replies, as shown above a reply or report form. */
    public Comment single(long id) {
        CommentRow row = jdbi.withExtension(CommentStore.class, s -> s.find(id))
                .orElseThrow(() -> new org.masthead.web.BadInput(404, "There is no such comment."));
        return preview(row);
    }

    /** A comment as it will look, whatever its status: for its author, and above forms. */
    public Comment preview(CommentRow row) {
        return new Comment(row.id(), row.articleId(), row.parentId(), row.depth(), row.authorName(),
                avatarKey(row.authorEmail()), CommentText.fromStored(row.bodyHtml()), false, row.likeCount(),
                Instant.ofEpochMilli(row.createdAt()), row.editedAt() == null ? null : Instant.ofEpochMilli(row.editedAt()),
                List.of());
    }

    /** The page (in the default order) on which a published comment appears. */
    public Optional<Integer> pageOf(CommentRow comment) {
        if (!comment.isPublished() && !comment.status().equals("deleted")) return Optional.empty();
        return jdbi.withHandle(h -> {
            CommentRow root = comment.parentId() == null ? comment
                    : h.attach(CommentStore.class).find(comment.threadId()).orElseThrow();
            // Counted from the newest end: the threads readers see (kept in comment_counts) less those after this
            // one, in one statement so that both are read at the same moment. A new comment's thread is the newest,
            // so its page costs no count at all; counting from the oldest end read every thread on every post.
            // (The first condition on created_at alone is what lets the database seek rather than scan.)
            int fromNewest = h.createQuery("""
                    SELECT COALESCE((SELECT threads FROM comment_counts WHERE article_id = :articleId), 0)
                         - (SELECT count(*) FROM comments WHERE article_id = :articleId AND parent_id IS NULL
                               AND status IN ('published', 'deleted')
                               AND created_at >= :at AND (created_at > :at OR id > :id))""")
                    .bind("articleId", root.articleId()).bind("at", root.createdAt()).bind("id", root.id())
                    .mapTo(Integer.class).one();
            int before = fromNewest - (root.isPublished() || root.status().equals("deleted") ? 1 : 0);
            return Optional.of(before / policy.get().threadsPerPage() + 1);
        });
    }

    /** The newest published comments on the whole site, for the site's comments feed. */
    public List<PublishedComment> latest(int limit) {
        return jdbi.withExtension(CommentStore.class, s -> s.latestPublished(limit)).stream().map(this::published).toList();
    }

    /** The newest published comments under one article, for its comments feed. */
    public List<PublishedComment> latestOn(long articleId, int limit) {
        return jdbi.withExtension(CommentStore.class, s -> s.latestPublishedOn(articleId, limit)).stream()
                .map(this::published).toList();
    }

    private PublishedComment published(CommentRow r) {
        Instant created = Instant.ofEpochMilli(r.createdAt());
        return new PublishedComment(r.id(), r.articleId(), r.authorName(), CommentText.fromStored(r.bodyHtml()), created,
                r.editedAt() == null ? created : Instant.ofEpochMilli(r.editedAt()));
    }

    /** The article's most recently published comments, newest first: what a live reader may have missed. */
    public List<CommentRow> latestPublished(long articleId, int limit) {
        return jdbi.withExtension(CommentStore.class, s -> s.latestPublishedOn(articleId, limit));
    }

    public int count(long articleId) {
        return jdbi.withExtension(CommentStore.class, s -> s.count(articleId).orElse(0));
    }

    /** Counts for many articles at once, for lists of stories. */
    public Map<Long, Integer> counts(List<Long> articleIds) {
        if (articleIds.isEmpty()) return Map.of();
        Map<Long, Integer> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT article_id, published FROM comment_counts WHERE article_id IN (<ids>)")
                .bindList("ids", articleIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /** The commenter's avatar key: a keyed hash of the email, so the picture is stable but reveals nothing. */
    public String avatarKey(String email) {
        return secret.sign("avatar", email.strip().toLowerCase(java.util.Locale.ROOT)).substring(0, 20);
    }

    /** Builds reply trees from rows in display order; deleted comments without visible replies disappear. */
    private List<Comment> tree(List<CommentRow> rows) {
        Map<Long, List<CommentRow>> children = new LinkedHashMap<>();
        List<CommentRow> roots = new ArrayList<>();
        for (CommentRow r : rows) {
            if (r.parentId() == null) roots.add(r);
            else children.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
        }
        // The same readers come back again and again: one keyed hash per reader and page is enough.
        Map<String, String> avatars = new HashMap<>();
        List<Comment> out = new ArrayList<>();
        for (CommentRow root : roots) {
            Comment c = build(root, children, avatars);
            if (c != null) out.add(c);
        }
        return out;
    }

    private Comment build(CommentRow row, Map<Long, List<CommentRow>> children, Map<String, String> avatars) {
        List<Comment> replies = new ArrayList<>();
        for (CommentRow child : children.getOrDefault(row.id(), List.of())) {
            Comment c = build(child, children, avatars);
            if (c != null) replies.add(c);
        }
        boolean deleted = row.status().equals("deleted");
        if (deleted && replies.isEmpty()) return null;
        return new Comment(row.id(), row.articleId(), row.parentId(), row.depth(), deleted ? "" : row.authorName(),
                deleted ? "" : avatars.computeIfAbsent(row.authorEmail(), this::avatarKey),
                deleted ? null : CommentText.fromStored(row.bodyHtml()), deleted, row.likeCount(),
                Instant.ofEpochMilli(row.createdAt()),
                row.editedAt() == null ? null : Instant.ofEpochMilli(row.editedAt()), List.copyOf(replies));
    }
}
