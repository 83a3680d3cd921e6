package org.masthead.comments;

import java.util.Locale;
import org.masthead.web.BadInput;

/** How threads are ordered. Replies inside a thread are always in the order they were written. */
public enum CommentSort {
    OLDEST("Oldest first", "t.created_at ASC, t.id ASC"),
    NEWEST("Newest first", "t.created_at DESC, t.id DESC"),
    LIKED("Most liked", "t.like_count DESC, t.created_at ASC, t.id ASC");

    public final String label;
    final String threadOrder;

    CommentSort(String label, String threadOrder) {
        this.label = label;
        this.threadOrder = threadOrder;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentSort parse(String text) {
        if (text == null || text.isEmpty()) return OLDEST;
        for (CommentSort s : values()) if (s.id().equals(text)) return s;
        throw new BadInput("Comments can be sorted by oldest, newest or liked, not '" + text + "'.");
    }
}
