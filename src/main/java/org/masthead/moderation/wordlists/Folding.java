package org.masthead.moderation.wordlists;

import java.text.Normalizer;

/**
 * What each character of the Basic Multilingual Plane becomes inside a word: lower case, without diacritics
 * (NFKD, marks dropped, so "é" is "e", "ё" is "е", "й" is "и", fullwidth "ｆ" is "f"), ligatures spelled out ("ß" is
 * "ss"). Worked out once for all 65,536 characters, so normalising a comment is one table look-up per character.
 */
final class Folding {
    enum Kind { LETTER, DIGIT, IGNORED, LEET, MASK, SEPARATOR }

    private static final String[] FOLDED = new String[65536];
    private static final Kind[] KINDS = new Kind[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            KINDS[c] = kindOf(ch);
            if (KINDS[c] == Kind.LETTER || KINDS[c] == Kind.DIGIT) FOLDED[c] = fold(ch);
        }
    }

    private Folding() {}

    static Kind kind(char c) {
        return KINDS[c];
    }

    /** The folded form of a letter or digit (one or two characters). */
    static String folded(char c) {
        return FOLDED[c];
    }

    private static Kind kindOf(char c) {
        if (Character.isSurrogate(c)) return Kind.SEPARATOR;
        return switch (c) {
            case '$', '@', '!', '|' -> Kind.LEET;
            case '*', '#' -> Kind.MASK;
            // Soft hyphen and zero-width characters are invisible: writers hide them inside words to dodge filters.
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> Kind.IGNORED;
            default -> {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK) yield Kind.IGNORED;
                if (Character.isLetter(c)) yield Kind.LETTER;
                if (Character.isDigit(c)) yield Kind.DIGIT;
                yield Kind.SEPARATOR;
            }
        };
    }

    private static String fold(char c) {
        switch (c) {
            case 'ß', 'ẞ': return "ss";
            case 'æ', 'Æ': return "ae";
            case 'œ', 'Œ': return "oe";
            case 'ø', 'Ø': return "o";
            case 'đ', 'Đ': return "d";
            case 'ł', 'Ł': return "l";
            case 'ı': return "i";
            default: break;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(2);
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            int type = Character.getType(d);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) continue;
            if (Character.isLetterOrDigit(d)) b.append(Character.toLowerCase(d));
        }
        // Some letters decompose into nothing we keep (rare symbols): keep the letter itself, lower-cased.
        return b.isEmpty() ? String.valueOf(Character.toLowerCase(c)) : b.toString();
    }
}
