package org.masthead.moderation.classifier;

/**
 * A comment's own words and the words it quotes, told apart by double quotation marks ({@code "..."}, {@code “...”},
 * {@code «...»}, {@code „...“}). Single quotes are left alone: they are apostrophes far more often ("don't"). An
 * opening mark with no closing one quotes nothing, so a stray mark cannot hide the rest of a comment.
 */
public record Quotes(String own, String quoted) {
    private static final String OPENING = "\"“«„";

    /** Whether the characters from {@code start} to {@code end} of {@code text} all lie inside one quotation. */
    public static boolean quotes(String text, int start, int end) {
        int i = 0;
        while (i < text.length() && i < start) {
            int close = OPENING.indexOf(text.charAt(i)) < 0 ? -1 : closing(text, i);
            if (close < 0) {
                i++;
                continue;
            }
            if (start > i && end <= close) return true;
            i = close + 1;
        }
        return false;
    }

    /** How many words the comment says in its own voice, outside its quotations. */
    public static int ownWords(String text) {
        int words = 0;
        for (String token : split(text).own().replace(" quote ", " ").split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) words++;
        }
        return words;
    }

    static Quotes split(String text) {
        if (text == null) return new Quotes("", "");
        StringBuilder own = new StringBuilder(text.length());
        StringBuilder quoted = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = OPENING.indexOf(c) < 0 ? -1 : closing(text, i);
            if (close < 0) {
                own.append(c);
                i++;
                continue;
            }
            // in the comment's own words the quotation stands as the word "quote": n-grams do not join its two
            // sides, and the model can learn that a comment quotes something
            own.append(" quote ");
            quoted.append(text, i + 1, close).append(' ');
            i = close + 1;
        }
        return new Quotes(own.toString(), quoted.toString().strip());
    }

    /** Where the quotation opened at {@code open} closes, or -1. */
    private static int closing(String text, int open) {
        char o = text.charAt(open);
        String closers = switch (o) {
            case '«' -> "»";
            case '„' -> "“”";
            case '“' -> "”\"";
            default -> "\"”";
        };
        for (int j = open + 1; j < text.length(); j++) if (closers.indexOf(text.charAt(j)) >= 0) return j;
        return -1;
    }
}
