package org.masthead.moderation.wordlists;

import java.util.ArrayList;
import java.util.List;

/**
 * One word of a text, folded ({@link Folding}) but not yet read as a script: leet symbols ($, @, !, |) and masks
 * (* and #, written as '*') are kept where they stand for letters. {@code start} and {@code end} are its place in the
 * original text, so a match can be highlighted there.
 */
record Token(String raw, int start, int end) {
    private static final String SPACERS = " .-_·,/";

    /** The words of {@code text}, with letters spaced out ("f u c k", "f.u.c.k") joined back into one word. */
    static List<Token> split(String text) {
        return joinSpacedLetters(text, words(text));
    }

    static List<Token> words(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int start = -1;
        int end = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Folding.Kind kind = Folding.kind(c);
            boolean inWord = raw.length() > 0;
            switch (kind) {
                case LETTER, DIGIT -> {
                    if (!inWord) start = i;
                    raw.append(Folding.folded(c));
                    end = i + 1;
                }
                case IGNORED -> {
                    if (inWord) end = i + 1;
                }
                case LEET -> {
                    // "$hit", "sh!t", "a$$": a symbol counts as a letter inside a word, before one, or ($) after one;
                    // "Stop!" keeps its exclamation mark out of the word.
                    boolean before = i + 1 < n && isWordish(text.charAt(i + 1));
                    if (before || inWord && c == '$') {
                        if (!inWord) start = i;
                        raw.append(c);
                        end = i + 1;
                    } else {
                        flush(tokens, raw, start, end);
                    }
                }
                case MASK -> {
                    // Inside a word ("f*ck") or before one ("*uck", "**ck"), but not around one: "*hit*" is emphasis.
                    boolean masks = inWord ? i + 1 < n && isWordish(text.charAt(i + 1)) : masksFirstLetter(text, i);
                    if (masks) {
                        if (!inWord) start = i;
                        raw.append('*');
                        end = i + 1;
                    } else {
                        flush(tokens, raw, start, end);
                    }
                }
                case SEPARATOR -> flush(tokens, raw, start, end);
            }
        }
        flush(tokens, raw, start, end);
        return tokens;
    }

    /**
     * Whether the mask at {@code at}, outside a word, stands for the first letter of the word after it: a letter must
     * follow the masks, and the word must not end in a mask too (a word between asterisks is emphasis).
     */
    private static boolean masksFirstLetter(String text, int at) {
        int i = at;
        while (i < text.length() && Folding.kind(text.charAt(i)) == Folding.Kind.MASK) i++;
        if (i == text.length() || Folding.kind(text.charAt(i)) != Folding.Kind.LETTER) return false;
        if (at > 0 && isWordish(text.charAt(at - 1))) return false;
        while (i < text.length() && isWordish(text.charAt(i)) && Folding.kind(text.charAt(i)) != Folding.Kind.MASK) i++;
        return i == text.length() || Folding.kind(text.charAt(i)) != Folding.Kind.MASK
                || i + 1 < text.length() && isWordish(text.charAt(i + 1));
    }

    private static boolean isWordish(char c) {
        Folding.Kind k = Folding.kind(c);
        return k == Folding.Kind.LETTER || k == Folding.Kind.DIGIT || k == Folding.Kind.LEET || k == Folding.Kind.MASK;
    }

    private static void flush(List<Token> tokens, StringBuilder raw, int start, int end) {
        if (raw.length() == 0) return;
        tokens.add(new Token(raw.toString(), start, end));
        raw.setLength(0);
    }

    /** Three or more one-letter words, each one spacer apart, are one word written out letter by letter. */
    private static List<Token> joinSpacedLetters(String text, List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j).raw().length() == 1 && tokens.get(j + 1).raw().length() == 1
                    && tokens.get(j + 1).start() - tokens.get(j).end() == 1
                    && SPACERS.indexOf(text.charAt(tokens.get(j).end())) >= 0) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder raw = new StringBuilder();
                for (int k = i; k <= j; k++) raw.append(tokens.get(k).raw());
                joined.add(new Token(raw.toString(), tokens.get(i).start(), tokens.get(j).end()));
            } else {
                for (int k = i; k <= j; k++) joined.add(tokens.get(k));
            }
            i = j + 1;
        }
        return joined;
    }
}
