package org.masthead.comments;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.masthead.web.Templates;

/**
 * One comment's {@code <li>}, rendered by the same template as the article page, for scripts to insert: the
 * JSON API's answer to a new comment and the live stream's events. A comment still awaiting moderation has no
 * Reply, Like or Report links, since those work only on published comments.
 */
final class CommentFragments {
    private final Templates templates;
    private final CommentThreads threads;

    CommentFragments(Templates templates, CommentThreads threads) {
        this.templates = templates;
        this.threads = threads;
    }

    String html(CommentRow row) {
        byte[] html = templates.render("comments/comment.jte",
                Map.of("comment", threads.preview(row), "actions", row.isPublished()));
        return new String(html, StandardCharsets.UTF_8).strip();
    }
}
