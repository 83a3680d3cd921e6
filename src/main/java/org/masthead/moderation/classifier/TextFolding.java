package org.masthead.moderation.classifier;

import java.text.Normalizer;

/**
 * Folds a comment into the plain form the classifier's features are taken from, so that the ways people dodge a
 * filter land on the same features as the plain word: lower case; accents dropped ("é" to "e", and "ё", "й", "ї"
 * to "е", "и", "і"); leetspeak and masks inside words ("f*ck", "a$$hole", "1d10t", "sh1t"); Latin letters that
 * look Cyrillic in a Cyrillic word and the reverse ("сука" typed with a Latin "c"); stretched letters ("stuuupid",
 * and every double letter, so "kill" and "kil" are one word); spaced-out words ("k i l l", "k.i.l.l"). Numbers
 * become "0" and everything that is not a letter separates words. The result is words joined by single spaces.
 *
 * <p>The classifier keeps its own folding, rather than sharing the word lists', because the committed model was
 * trained on exactly this output: changing it means retraining.
 */
public final class TextFolding {
    /** What a masking symbol inside a word becomes: a letter of its own (private use), so "f*ck" and "f#ck" agree. */
    private static final char MASK = '\uE000';

    private TextFolding() {}

    public static String fold(String text) {
        if (text == null || text.isEmpty()) return "";
        String decomposed = needsDecomposition(text) ? Normalizer.normalize(text, Normalizer.Form.NFKD) : text;
        char[] chars = new char[decomposed.length()];
        int n = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue; // the accent of a decomposed letter
            chars[n++] = simpleLetter(Character.toLowerCase(c));
        }
        for (int i = 0; i < n; i++) chars[i] = insideWord(chars, i, n);
        StringBuilder out = new StringBuilder(n);
        int start = 0;
        while (start < n) {
            while (start < n && !isWordChar(chars[start])) start++;
            int end = start;
            while (end < n && isWordChar(chars[end])) end++;
            if (end > start) appendWord(out, chars, start, end);
            start = end;
        }
        return joinSpacedLetters(out);
    }

    /** ASCII and plain Cyrillic need no Unicode decomposition; skipping it keeps folding fast for most comments. */
    private static boolean needsDecomposition(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !(c >= 0x400 && c <= 0x4FF) && !(c >= 0x2000 && c <= 0x206F)) return true;
        }
        return false;
    }

    /** Letters that decompose into a base letter and a mark, handled here for the fast path above. */
    private static char simpleLetter(char c) {
        return switch (c) {
            case 'ё' -> 'е';
            case 'й' -> 'и';
            case 'ї' -> 'і';
            case 'ґ' -> 'г';
            default -> c;
        };
    }

    /**
     * Digits and symbols that stand for letters count as letters only next to letters ("1d10t", "sh!t", "a$$"),
     * and masks only inside a word ("f**k"), so "*italic*", "$100" and "idiot!" keep their meaning. Runs left to
     * right over letters already folded, so "a$$" and "1d10t" fold character by character.
     */
    private static char insideWord(char[] chars, int i, int n) {
        char c = chars[i];
        if (Character.isLetter(c) || c == MASK) return c;
        boolean before = i > 0 && (Character.isLetter(chars[i - 1]) || chars[i - 1] == MASK);
        boolean after = i + 1 < n && Character.isLetter(chars[i + 1]);
        if (Character.isDigit(c)) {
            if (!before && !after) return '0';
            return switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> '0';
            };
        }
        return switch (c) {
            case '$' -> before || after ? 's' : c;
            case '@' -> before && after ? 'a' : c;
            case '!' -> before && after ? 'i' : c;
            case '*', '#', '%' -> before && letterAfterMasks(chars, i, n) ? MASK : c;
            default -> c;
        };
    }

    private static boolean letterAfterMasks(char[] chars, int i, int n) {
        int j = i + 1;
        while (j < n && (chars[j] == '*' || chars[j] == '#' || chars[j] == '%')) j++;
        return j < n && Character.isLetter(chars[j]);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == MASK;
    }

    /** Appends one word: look-alike letters put into the word's main script, repeated letters made single. */
    private static void appendWord(StringBuilder out, char[] chars, int start, int end) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = start; i < end; i++) {
            Character.UnicodeBlock block = blockOf(chars[i]);
            if (block == Character.UnicodeBlock.CYRILLIC) cyrillic++;
            else if (block == Character.UnicodeBlock.BASIC_LATIN) latin++;
        }
        boolean mixed = cyrillic > 0 && latin > 0;
        if (out.length() > 0) out.append(' ');
        char previous = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (mixed) c = cyrillic >= latin ? LookAlikes.toCyrillic(c) : LookAlikes.toLatin(c);
            if (c != previous) out.append(c);
            previous = c;
        }
    }

    private static Character.UnicodeBlock blockOf(char c) {
        if (c < 0x80) return Character.isLetter(c) ? Character.UnicodeBlock.BASIC_LATIN : null;
        if (c >= 0x400 && c <= 0x4FF) return Character.UnicodeBlock.CYRILLIC;
        return null;
    }

    /** "k i l l" becomes "kill": three or more single letters in a row are taken as one spaced-out word. */
    private static String joinSpacedLetters(StringBuilder folded) {
        String s = folded.toString();
        if (s.indexOf(' ') < 0) return s;
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < words.length) {
            int j = i;
            while (j < words.length && words[j].length() == 1 && Character.isLetter(words[j].charAt(0))) j++;
            if (out.length() > 0) out.append(' ');
            if (j - i >= 3) {
                char previous = 0;
                for (int k = i; k < j; k++) {
                    char c = words[k].charAt(0);
                    if (c != previous) out.append(c);
                    previous = c;
                }
                i = j;
            } else {
                out.append(words[i]);
                i++;
            }
        }
        return out.toString();
    }

    /** Letters that look alike in Latin and Cyrillic script. */
    private static final class LookAlikes {
        private static final String LATIN = "aceopxykmthbi";
        private static final String CYRILLIC = "асеорхукмтнві";

        static char toCyrillic(char c) {
            int i = LATIN.indexOf(c);
            return i < 0 ? c : CYRILLIC.charAt(i);
        }

        static char toLatin(char c) {
            int i = CYRILLIC.indexOf(c);
            return i < 0 ? c : LATIN.charAt(i);
        }
    }
}
