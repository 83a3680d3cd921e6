package org.masthead.moderation.wordlists;

import java.util.Locale;

/**
 * One word or phrase of a word list, as an editor writes it: {@code term} is matched as whole words after
 * normalisation; a word ending in {@code *} matches every word it begins ("idiot*" also finds "idiots").
 * {@code kind}: blocked terms hold a comment for every reader, suspect ones only for readers not yet trusted.
 * {@code category} says what the term is (profanity, insult, slur, threat, spam); threats hold like blocked terms.
 */
public record Entry(String term, Kind kind, String category, String language) {
    public enum Kind {
        BLOCKED, SUSPECT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind parse(String id) {
            for (Kind k : values()) if (k.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) return k;
            throw new IllegalArgumentException("unknown word list '" + id + "' (blocked or suspect)");
        }
    }

    public static final java.util.Set<String> CATEGORIES = java.util.Set.of("profanity", "insult", "slur", "threat", "spam");

    /** Whether a match holds the comment whoever wrote it. */
    public boolean holdsAlways() {
        return kind == Kind.BLOCKED || category.equals("threat");
    }
}
