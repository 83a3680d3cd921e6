package org.masthead.comments;

import java.time.Instant;
import java.util.List;
import org.masthead.articles.CommentsMode;

/**
 * The discussion under an article, one page of whole threads. {@code open} says whether the form is shown, and
 * {@code closesAt} when an open discussion closes by itself (null: not by itself); {@code mode} HIDDEN means nothing
 * is shown at all.
 */
public record CommentSection(long articleId, String articlePath, CommentsMode mode, boolean open, Instant closesAt,
        int count, List<Comment> threads, CommentSort sort, int page, int lastPage, int maxDepth) {

    public boolean hidden() {
        return mode == CommentsMode.HIDDEN;
    }

    public String pagePath(int number) {
        String sortPart = sort == CommentSort.OLDEST ? "" : "sort=" + sort.id();
        String pagePart = number == 1 ? "" : "page=" + number;
        String query = sortPart.isEmpty() ? pagePart : pagePart.isEmpty() ? sortPart : sortPart + "&" + pagePart;
        return articlePath + (query.isEmpty() ? "" : "?" + query) + "#comments";
    }

    public String sortPath(CommentSort other) {
        return articlePath + (other == CommentSort.OLDEST ? "" : "?sort=" + other.id()) + "#comments";
    }
}
