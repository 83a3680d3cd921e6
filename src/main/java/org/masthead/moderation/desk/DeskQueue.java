package org.masthead.moderation.desk;

import java.util.Arrays;
import java.util.Optional;
import org.masthead.comments.CommentReviews;

/** The queues of the moderation desk, as tabs: their address, name and what they list. */
public enum DeskQueue {
    HELD("held", "Held", "Comments the system held for a moderator, with its reasons.", CommentReviews.Queue.HELD),
    PREMODERATION("pre-moderation", "Pre-moderation",
            "Comments held because their writers' comments are read first (new readers, site setting, sanction).",
            CommentReviews.Queue.PREMODERATION),
    REPORTED("reported", "Reported", "Published comments readers reported, with their reasons.",
            CommentReviews.Queue.REPORTED),
    APPEALS("appeals", "Appeals", "Rejected comments whose authors asked for a second look.", null),
    APPROVED("approved", "Approved", "Comments a moderator approved.", CommentReviews.Queue.APPROVED),
    REJECTED("rejected", "Rejected", "Comments a moderator rejected; their authors were told why.",
            CommentReviews.Queue.REJECTED);

    public final String slug;
    public final String label;
    public final String description;
    final CommentReviews.Queue source;

    DeskQueue(String slug, String label, String description, CommentReviews.Queue source) {
        this.slug = slug;
        this.label = label;
        this.description = description;
        this.source = source;
    }

    public String path() {
        return "/desk/moderation/" + slug + "/";
    }

    /** Whether its comments wait for a moderator (and so are read oldest first by default). */
    public boolean waiting() {
        return this == HELD || this == PREMODERATION || this == REPORTED || this == APPEALS;
    }

    public static Optional<DeskQueue> bySlug(String slug) {
        return Arrays.stream(values()).filter(q -> q.slug.equals(slug)).findFirst();
    }
}
