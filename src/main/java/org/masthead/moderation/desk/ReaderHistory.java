package org.masthead.moderation.desk;

import java.time.Instant;
import java.util.List;
import org.masthead.comments.CommentReviews;
import org.masthead.moderation.sanctions.Sanction;

/**
 * A reader as moderators see them: their comments of every status, sanctions (ended ones too), notes and what
 * moderators did; {@code now} tells sanctions in force from ended ones.
 */
public record ReaderHistory(String email, String name, List<CommentReviews.Item> comments, List<Sanction> sanctions,
        List<ReaderNote> notes, List<ModeratorAction> actions, Instant now) {

    public long count(String status) {
        return comments.stream().filter(i -> i.comment().status().equals(status)).count();
    }

    public boolean inForce(Sanction s) {
        return s.activeAt(now);
    }

    /** "Banned", "Suspended until 2026-03-09", "Always pre-moderated", for one sanction. */
    public static String describe(Sanction s) {
        return switch (s.kind()) {
            case BAN -> "Banned";
            case SUSPEND -> "Suspended until " + org.masthead.web.Dates.dayAndTime(s.endsAt());
            case PREMODERATE -> "Always pre-moderated";
        };
    }
}
