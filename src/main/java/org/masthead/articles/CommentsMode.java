package org.masthead.articles;

import java.util.Locale;

/** Whether readers may comment under an article: open, closed (shown, no new ones) or hidden. */
public enum CommentsMode {
    OPEN, CLOSED, HIDDEN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CommentsMode of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
