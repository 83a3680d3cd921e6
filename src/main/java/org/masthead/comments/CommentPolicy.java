package org.masthead.comments;

import java.time.Duration;
import java.time.Instant;
import org.masthead.articles.ArticleRef;
import org.masthead.articles.CommentsMode;

/**
 * The site's comment rules: how deep replies nest, how many threads a page shows, how long readers may edit,
 * and when discussions close on their own.
 */
public record CommentPolicy(int maxDepth, int threadsPerPage, Duration editWindow, int closeAfterDays) {
    public static CommentPolicy defaults() {
        return new CommentPolicy(5, 20, Duration.ofMinutes(10), 0);
    }

    /** Whether new comments are accepted under this article now. */
    public boolean acceptsComments(ArticleRef article, Instant now) {
        if (!article.published() || article.commentsMode() != CommentsMode.OPEN) return false;
        Instant closesAt = closesAt(article);
        return closesAt == null || now.isBefore(closesAt);
    }

    /** When the discussion under this article closes by itself, or null when only an editor can close it. */
    public Instant closesAt(ArticleRef article) {
        if (closeAfterDays <= 0 || article.publishedAt() == null) return null;
        return article.publishedAt().plus(Duration.ofDays(closeAfterDays));
    }
}
