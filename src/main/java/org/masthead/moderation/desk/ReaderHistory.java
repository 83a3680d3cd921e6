package org.masthead.moderation.desk;

import java.util.List;
import org.masthead.comments.CommentReviews;

/** A reader as moderators see them: their comments of every status, notes and what moderators did. */
public record ReaderHistory(String email, String name, List<CommentReviews.Item> comments, List<ReaderNote> notes,
        List<ModeratorAction> actions) {

    public long count(String status) {
        return comments.stream().filter(i -> i.comment().status().equals(status)).count();
    }
}
