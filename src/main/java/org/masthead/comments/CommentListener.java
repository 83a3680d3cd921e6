package org.masthead.comments;

/** Told after a comment is published (committed): live updates and reply notifications listen here. */
public interface CommentListener {
    void published(CommentRow comment, CommentRow parent, String articleTitle, String articlePath);
}
