package org.masthead.comments;

import org.masthead.articles.ArticleRef;
import org.masthead.web.Frame;

/**
 * A page with a comment form of its own: replying without JavaScript, editing, reporting, or trying again after
 * a refusal with everything the reader typed still in place.
 */
public record CommentFormPage(Frame frame, String heading, ArticleRef article, Comment context, String action,
        Values values, String error, Kind kind) {

    public enum Kind { COMMENT, EDIT, REPORT }

    public record Values(String name, String email, String text, boolean notifyReplies, Long parentId, String reason) {
        public static Values empty() {
            return new Values("", "", "", false, null, "");
        }
    }
}
