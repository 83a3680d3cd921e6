package org.masthead.moderation.wordlists;

/**
 * Which entries a desk page lists: one list or both ({@code kind} null), one language, one category (empty: all)
 * and the entries whose term contains {@code search} (empty: all).
 */
public record EntryFilter(Entry.Kind kind, String language, String category, String search) {
    public EntryFilter {
        language = language == null ? "" : language;
        category = category == null ? "" : category;
        search = search == null ? "" : search;
    }

    public static EntryFilter all() {
        return new EntryFilter(null, "", "", "");
    }
}
