package org.masthead.comments;

/**
 * Told after a comment is published (committed): live updates and reply notifications listen here. {@code parent}
 * is the comment replied to (null for a new thread); a reply too deep to nest is stored beside it, under its parent.
 */
public interface CommentListener {
    void published(CommentRow comment, CommentRow parent, String articleTitle, String articlePath);
}
