package org.masthead.comments;

import java.time.Instant;
import java.util.List;
import org.masthead.web.SanitizedHtml;

/**
 * A comment as readers see it, with its replies. A deleted comment that has replies stays as a placeholder
 * ({@code deleted}) so the conversation under it keeps its place.
 */
public record Comment(long id, long articleId, Long parentId, int depth, String authorName, String avatarKey,
        SanitizedHtml body, boolean deleted, int likes, Instant createdAt, Instant editedAt, List<Comment> replies) {

    public String anchor() {
        return "comment-" + id;
    }
}
