package org.masthead.moderation.desk;

import java.time.Instant;
import java.util.Optional;
import org.masthead.comments.CommentRow;

/** Why a comment was rejected, as its author is told, and their request for a second look if they made one. */
public record Statement(CommentRow comment, RejectionReason reason, String moderatorNote, Instant decidedAt,
        Optional<Appeal> appeal) {
    public boolean mayAppeal() {
        return appeal.isEmpty();
    }
}
