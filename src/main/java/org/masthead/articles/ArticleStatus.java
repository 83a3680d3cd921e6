package org.masthead.articles;

import java.util.Locale;

public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ArticleStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
