package org.masthead.comments;

import org.jdbi.v3.core.Handle;
import org.masthead.moderation.Verdict;
import org.masthead.moderation.VerdictJson;

/**
 * The writes of posting a comment, as plain statements on the caller's handle. Attaching a SQL object to a handle
 * for each post (a proxy and a copy of its configuration) cost more CPU than the statements themselves; posting is
 * the one path where that matters (docs/PERFORMANCE.md, "Comments").
 */
final class PostingStatements {
    private PostingStatements() {}

    /** Stores the comment where its parent is (null for a new thread) and returns it as stored. */
    static CommentRow insert(Handle h, long articleId, CommentRow attachTo, NewComment c, String html, String status,
            Verdict verdict, String ipHash, String networkHash, String ownerHash, long at) {
        Long parentId = attachTo == null ? null : attachTo.id();
        int depth = attachTo == null ? 1 : attachTo.depth() + 1;
        String name = c.name().strip();
        String email = c.email().strip();
        String text = c.text().strip();
        long id = h.createQuery(CommentStore.INSERT)
                .bind("articleId", articleId).bind("parentId", parentId).bind("depth", depth)
                .bind("authorName", name).bind("authorEmail", email).bind("readerId", c.readerId())
                .bind("bodyText", text).bind("bodyHtml", html).bind("status", status).bind("reasons", verdict.reasonsText())
                .bind("ipHash", ipHash).bind("ownerKeyHash", ownerHash).bind("notifyReplies", c.notifyReplies())
                .bind("now", at).bind("networkHash", networkHash).bind("moderationDecision", verdict.decision().word())
                .bind("moderationPhase", verdict.decision().reason().phase()).bind("moderation", VerdictJson.write(verdict))
                .mapTo(Long.class).one();
        long threadId = attachTo == null ? id : attachTo.threadId();
        String path = Comments.pathUnder(attachTo == null ? null : attachTo.path(), id);
        h.createUpdate(CommentStore.PLACE).bind("id", id).bind("threadId", threadId).bind("path", path).execute();
        return new CommentRow(id, articleId, parentId, threadId, path, depth, name, email, c.readerId(), text, html,
                status, ownerHash, c.notifyReplies(), 0, at, null);
    }

    /** Counts a comment published as it was posted: {@link CommentStore#countChange} from nothing to published. */
    static void countPublished(Handle h, CommentRow posted) {
        h.createUpdate(CommentStore.ADD_TO_COUNT).bind("articleId", posted.articleId()).bind("published", 1)
                .bind("threads", posted.parentId() == null ? 1 : 0).execute();
    }
}
