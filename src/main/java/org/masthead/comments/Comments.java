package org.masthead.comments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.Articles;
import org.masthead.articles.ContentChange;
import org.masthead.moderation.CommenterHistory;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Moderation;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.Verdict;
import org.masthead.moderation.VerdictJson;
import org.masthead.moderation.phases.Duplicate;
import org.masthead.moderation.phases.RateLimit;
import org.masthead.moderation.phases.Validate;
import org.masthead.site.SiteSecret;
import org.masthead.web.BadInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readers' comments: posting through moderation, editing and deleting one's own, likes and reports. Each action is
 * one transaction; listeners hear of it only after it committed, so a 2xx answer always means stored.
 */
public final class Comments {
    private static final Logger LOG = LoggerFactory.getLogger(Comments.class);
    private final Jdbi jdbi;
    private final Articles articles;
    private final Pipeline pipeline;
    private final Pipeline importPipeline;
    private final Pipeline editPipeline;
    private final Validate validate;
    private final SiteSecret secret;
    private final Moderation moderation;
    private final Supplier<CommentPolicy> policy;
    private final Clock clock;
    private final List<ContentChange.Listener> pageListeners = new CopyOnWriteArrayList<>();
    private final List<CommentListener> commentListeners = new CopyOnWriteArrayList<>();

    public Comments(Jdbi jdbi, Articles articles, SiteSecret secret, Supplier<CommentPolicy> policy,
            Moderation moderation, Clock clock) {
        this.jdbi = jdbi;
        this.articles = articles;
        this.secret = secret;
        this.moderation = moderation;
        this.policy = policy;
        this.clock = clock;
        this.pipeline = moderation.pipeline(history());
        this.importPipeline = pipeline.without(RateLimit.class);
        this.editPipeline = importPipeline.without(Duplicate.class);
        this.validate = new Validate(moderation.limits());
    }

    public void onChange(ContentChange.Listener listener) {
        pageListeners.add(listener);
    }

    public void onPublished(CommentListener listener) {
        commentListeners.add(listener);
    }

    public CommentPolicy policy() {
        return policy.get();
    }

    /** Runs the comment through moderation and stores it; a refusal throws {@link CommentRefused} and stores nothing. */
    public Posted post(NewComment c) {
        return post(c, clock.instant(), pipeline, true);
    }

    /**
     * For imports and the demo: a comment written at {@code at}, moderated like any other except for rate limits
     * (an import is a burst by nature). Nobody is notified of it: it is not news.
     */
    public Posted postAsOf(NewComment c, Instant at) {
        return post(c, at, importPipeline, false);
    }

    /**
     * Like {@link #postAsOf}, but held for a moderator even when no phase objects: {@code why} says for what. The
     * classifier scores it but decides nothing, so a comment meant to be held is never refused instead.
     */
    public Posted holdAsOf(NewComment c, Instant at, String why) {
        Phase hold = (s, f) -> Optional.of(new Decision.Review(new Reason("import", "held", why)));
        return post(c, at, importPipeline.scoringOnly().then(hold), false);
    }

    private Posted post(NewComment c, Instant at, Pipeline pipeline, boolean live) {
        ArticleRef article = articles.ref(c.articleId()).filter(ArticleRef::published)
                .orElseThrow(() -> new BadInput(404, "There is no such article."));
        CommentPolicy rules = policy.get();
        if (!rules.acceptsComments(article, at)) throw new BadInput(403, "closed", "Comments on this article are closed.");
        if (!live && at.isBefore(article.publishedAt())) throw new BadInput("A comment cannot be older than its article.");
        // One connection for the whole post: moderation's questions and the write run on the handle opened here.
        Stored stored = jdbi.withHandle(h -> store(h, c, at, article, rules, pipeline));
        if (stored.verdict().published()) {
            changed(article.id());
            if (live) {
                // The person replied to, even when a too-deep reply was placed beside their comment.
                tellListeners(stored.row(), stored.parent(), article);
            }
        }
        return new Posted(stored.row(), stored.verdict(), article.path());
    }

    private record Stored(CommentRow row, CommentRow parent, Verdict verdict) {}

    private Stored store(Handle h, NewComment c, Instant at, ArticleRef article, CommentPolicy rules, Pipeline pipeline) {
        CommentRow parent = c.parentId() == null ? null : visibleParent(c.parentId(), article.id());
        // Replies deeper than the limit join the deepest allowed level, next to the comment they answer.
        CommentRow attachTo = parent == null || parent.depth() < rules.maxDepth() ? parent
                : parent.parentId() == null ? null : find(parent.parentId());
        String ipHash = moderation.addresses().hash(c.ipAddress());
        String networkHash = moderation.addresses().networkHash(c.ipAddress());
        Verdict verdict = pipeline.run(new Submission(article.id(), c.name(), c.email(), c.readerId(), c.text(), ipHash,
                networkHash, at));
        if (verdict.rejected()) throw new CommentRefused(verdict);
        String status = verdict.published() ? "published" : "pending";
        String ownerHash = c.ownerKey() == null ? "" : secret.sign("owner", c.ownerKey());
        String html = CommentText.storedHtml(c.text());
        CommentRow row = h.inTransaction(tx -> {
            CommentRow inserted = PostingStatements.insert(tx, article.id(), attachTo, c, html, status, verdict,
                    ipHash, networkHash, ownerHash, at.toEpochMilli());
            if (verdict.published()) PostingStatements.countPublished(tx, inserted);
            return inserted;
        });
        return new Stored(row, parent, verdict);
    }

    public record Posted(CommentRow comment, Verdict verdict, String articlePath) {}

    /**
     * Stores a whole discussion brought from elsewhere (another system, the demo) in one transaction: all or nothing.
     * Each comment is validated like a new one, but not rate-limited or held: its source already published it.
     * Returns how many were stored.
     */
    public int importAll(long articleId, List<ImportedComment> discussion) {
        ArticleRef article = articles.ref(articleId).orElseThrow(() -> new BadInput(404, "There is no such article."));
        int stored = new CommentImport(jdbi, validate, policy.get().maxDepth()).store(article, discussion);
        changed(articleId);
        return stored;
    }

    /**
     * Stores comments another system already moderated (a WordPress site), keeping their status and date, in order:
     * a reply after the comment it answers. Joins the caller's transaction when there is one (nested JDBI calls on
     * a thread share its handle), so an imported article and its comments are stored together. Returns the new ids.
     */
    public List<Long> importArchived(long articleId, List<ArchivedComment> comments) {
        List<Long> ids = jdbi.inTransaction(h -> new ArchiveImport(secret, policy.get().maxDepth())
                .store(h, articleId, comments));
        if (!ids.isEmpty()) changed(articleId);
        return ids;
    }

    /** Brings an archived comment up to date with its source: name, text and status; the article's count follows. */
    public void updateArchived(long id, String name, String html, String status) {
        CommentRow row = find(id);
        var cleaned = CommentText.imported(html);
        String clean = cleaned.html().html();
        String text = cleaned.text();
        jdbi.useTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            store.updateArchived(id, ArchiveImport.clip(name, 100), text, clean);
            store.moveTo(id, status);
        });
        changed(row.articleId());
    }

    /** A comment's place in its thread: its parent's path and its own id, zero-padded so text order is reading order. */
    static String pathUnder(String parentPath, long id) {
        String digits = Long.toString(id); // String.format costs more than the rest of this method, on every post
        String segment = "0".repeat(Math.max(0, 10 - digits.length())) + digits;
        return parentPath == null ? segment : parentPath + "." + segment;
    }

    /**
     * Changes the text of one's own comment, within the edit window. The new text passes moderation like a new
     * comment (less the flood checks): an edit that turns a published comment into one a moderator must read takes
     * it out of the discussion until a moderator has.
     */
    public CommentRow edit(long id, String ownerKey, String text) {
        CommentRow row = owned(id, ownerKey);
        Duration window = policy.get().editWindow();
        if (clock.instant().isAfter(Instant.ofEpochMilli(row.createdAt()).plus(window))) {
            throw new BadInput(403, "Comments can be edited for " + window.toMinutes()
                    + " minutes after posting; this one can no longer be changed.");
        }
        Verdict verdict = editPipeline.run(new Submission(row.articleId(), row.authorName(), row.authorEmail(),
                row.readerId(), text, "", "", clock.instant()));
        if (verdict.rejected()) throw new BadInput(422, verdict.decision().reason().detail());
        boolean hide = row.isPublished() && !verdict.published();
        jdbi.useTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            store.edit(id, text.strip(), CommentText.toHtml(text).html(), clock.millis());
            store.remoderated(id, verdict.decision().word(), verdict.decision().reason().phase(), VerdictJson.write(verdict));
            // Only from published (a moderator may have rejected it meanwhile), and counted only if it was.
            if (hide && store.changeStatus(id, "published", "pending") == 1) store.countChange(row, "published", "pending");
        });
        if (row.isPublished()) changed(row.articleId());
        return find(id);
    }

    /** Deletes one's own comment. Replies stay; the comment shows as deleted above them. */
    public void delete(long id, String ownerKey) {
        CommentRow row = owned(id, ownerKey);
        jdbi.useTransaction(h -> h.attach(CommentStore.class).moveTo(id, "deleted"));
        changed(row.articleId());
    }

    /**
     * A moderator approves a comment: a held one is published (counted, its pages dropped from the cache, live readers
     * and the person it answers told, as for a comment published at once); a reported one stays published with its
     * reports dealt with; a rejected one is reinstated. Returns the comment as it is now.
     */
    public CommentRow approve(long id) {
        CommentRow row = find(id);
        if (row.status().equals("deleted")) throw new BadInput(409, "Its author has deleted this comment.");
        boolean publishes = !row.isPublished();
        boolean changedHere = jdbi.inTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            // Conditional on the status read above: of two moderators approving at once, one publishes and counts.
            if (store.approve(id, row.status(), clock.millis()) == 0) return false;
            store.countChange(row, row.status(), "published");
            return publishes;
        });
        if (changedHere) {
            changed(row.articleId());
            CommentRow parent = row.parentId() == null ? null : find(row.parentId());
            articles.ref(row.articleId()).ifPresent(article -> tellListeners(find(id), parent, article));
        }
        return find(id);
    }

    /** A moderator rejects a comment: held or published, it is no longer shown to anyone but its author. */
    public CommentRow reject(long id) {
        CommentRow row = find(id);
        if (row.status().equals("deleted")) throw new BadInput(409, "Its author has deleted this comment.");
        boolean unpublishes = row.isPublished();
        boolean changedHere = jdbi.inTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            if (store.reject(id, row.status(), clock.millis()) == 0) return false;
            store.countChange(row, row.status(), "rejected");
            return unpublishes;
        });
        if (changedHere) changed(row.articleId());
        return find(id);
    }

    /** One like per reader (or per browser for guests); returns whether this one counted. */
    public boolean like(long id, String voterKey) {
        CommentRow row = find(id);
        if (!row.isPublished()) throw new BadInput(404, "There is no such comment.");
        boolean counted = jdbi.inTransaction(h -> {
            CommentStore store = h.attach(CommentStore.class);
            if (store.like(id, secret.sign("voter", voterKey), clock.millis()) == 0) return false;
            store.countLike(id);
            return true;
        });
        if (counted) changed(row.articleId());
        return counted;
    }

    /** Sends a comment to the moderators with a reason; one report per reader and comment. */
    public void report(long id, String reason, String details, String reporterKey) {
        CommentRow row = find(id);
        if (!row.isPublished()) throw new BadInput(404, "There is no such comment.");
        if (!Set.of("spam", "abuse", "threat", "off-topic", "other").contains(reason)) {
            throw new BadInput("Please choose a reason: spam, abuse, threat, off-topic or other.");
        }
        String cleanDetails = details == null ? "" : details.strip();
        if (cleanDetails.length() > 1000) throw new BadInput("Please describe the problem in at most 1,000 characters.");
        jdbi.useExtension(CommentStore.class,
                s -> s.report(id, reason, cleanDetails, secret.sign("reporter", reporterKey), clock.millis()));
    }

    /** Stops reply notifications for a comment, if the token from the email is genuine. */
    public void unsubscribe(long id, String token) {
        if (!unsubscribeToken(id).equals(token)) throw new BadInput(404, "This unsubscribe link is not valid.");
        jdbi.useExtension(CommentStore.class, s -> s.stopNotifications(id));
    }

    public String unsubscribeToken(long id) {
        return secret.sign("unsubscribe", Long.toString(id)).substring(0, 32);
    }

    public CommentRow find(long id) {
        return jdbi.withExtension(CommentStore.class, s -> s.find(id))
                .orElseThrow(() -> new BadInput(404, "There is no such comment."));
    }

    /** What moderation found when the comment came in: the decision, every reason, the scores and the matched words. */
    public Verdict verdict(long id) {
        return VerdictJson.read(jdbi.withExtension(CommentStore.class, s -> s.moderation(id))
                .orElseThrow(() -> new BadInput(404, "There is no such comment.")));
    }

    /** Whether the browser holding {@code ownerKey} wrote this comment. */
    public boolean ownedBy(CommentRow row, String ownerKey) {
        return ownerKey != null && !row.ownerKeyHash().isEmpty() && row.ownerKeyHash().equals(secret.sign("owner", ownerKey));
    }

    private CommentRow owned(long id, String ownerKey) {
        CommentRow row = find(id);
        if (row.status().equals("deleted") || row.status().equals("rejected") || !ownedBy(row, ownerKey)) {
            throw new BadInput(403, "Only the person who wrote this comment can change it, from the same browser.");
        }
        return row;
    }

    private CommentRow visibleParent(long parentId, long articleId) {
        CommentRow parent = jdbi.withExtension(CommentStore.class, s -> s.find(parentId))
                .filter(p -> p.articleId() == articleId && p.isPublished())
                .orElseThrow(() -> new BadInput("The comment you are replying to does not exist (any more)."));
        return parent;
    }

    /**
     * The comment is committed by now, so the reader must hear 201 whatever a listener does: a failure (a mail
     * server down, a live stream gone) is logged, and the other listeners still run.
     */
    private void tellListeners(CommentRow stored, CommentRow parent, ArticleRef article) {
        for (CommentListener listener : commentListeners) {
            try {
                listener.published(stored, parent, article.title(), article.path());
            } catch (RuntimeException e) {
                LOG.error("comment listener {} failed for comment {}", listener.getClass().getSimpleName(), stored.id(), e);
            }
        }
    }

    private void changed(long articleId) {
        ContentChange change = new ContentChange(Set.of("comments:" + articleId, "count:" + articleId, "comments"));
        pageListeners.forEach(l -> l.changed(change));
    }

    /** Earlier comments as moderation may ask about them: read-only, so a dry run ({@code moderation check}) changes nothing. */
    public CommenterHistory history() {
        return new StoredHistory(jdbi);
    }
}
