package org.masthead.moderation.wordlists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills in masked letters ('*') from the listed words and stems they could stand for: "f*ck" and "f**k" (a mask a
 * letter), "f*k" and "f*king" (one run of masks for up to three letters, with known letters on both sides), "*uck"
 * (a masked first letter). Only listed words are ever filled in, so a mask can make a comment match an entry, never
 * an ordinary word; and at least two real letters are needed besides the masks, so "****" matches nothing.
 */
final class MaskedWords {
    /** How many letters one run of masks may stand for, beyond one a mask. */
    private static final int MAX_RUN_LETTERS = 3;
    /** Listed whole words by "length:first:last". */
    private final Map<String, Set<String>> byShape = new HashMap<>();
    /** Listed whole words by "length:last", for a masked first letter. */
    private final Map<String, Set<String>> byLengthAndLast = new HashMap<>();
    /** Listed stems by first letter, for masks in longer words ("f*cking" for "fuck*"). */
    private final Map<Character, Set<String>> stemsByFirst = new HashMap<>();

    void addWord(String form) {
        byShape.computeIfAbsent(shape(form.length(), form.charAt(0), form.charAt(form.length() - 1)),
                s -> new LinkedHashSet<>()).add(form);
        byLengthAndLast.computeIfAbsent(form.length() + ":" + form.charAt(form.length() - 1), s -> new LinkedHashSet<>())
                .add(form);
    }

    void addStem(String form) {
        stemsByFirst.computeIfAbsent(form.charAt(0), c -> new LinkedHashSet<>()).add(form);
    }

    /** The forms, and for each masked one the listed words and stemmed words it could stand for. */
    List<String> resolved(List<String> forms) {
        List<String> out = null;
        for (String form : forms) {
            if (form.indexOf('*') < 0) continue;
            if (out == null) out = new ArrayList<>(forms);
            char first = form.charAt(0);
            char last = form.charAt(form.length() - 1);
            if (last == '*' || realLetters(form) < 2) continue;
            if (first != '*') {
                int before = out.size();
                for (String word : byShape.getOrDefault(shape(form.length(), first, last), Set.of())) {
                    if (fits(form, word)) out.add(word);
                }
                for (String stem : stemsByFirst.getOrDefault(first, Set.of())) {
                    if (stem.length() <= form.length() && fits(form.substring(0, stem.length()), stem)) {
                        out.add(stem + form.substring(stem.length()));
                    }
                }
                // Masks for several letters only when a mask a letter fits nothing: "f**k" is "fuck", not also "feck".
                if (out.size() == before) run(form, out);
            } else {
                for (String word : byLengthAndLast.getOrDefault(form.length() + ":" + last, Set.of())) {
                    if (fits(form, word)) out.add(word);
                }
                for (Set<String> stems : stemsByFirst.values()) {
                    for (String stem : stems) {
                        if (stem.length() <= form.length() && fits(form.substring(0, stem.length()), stem)) {
                            out.add(stem + form.substring(stem.length()));
                        }
                    }
                }
            }
        }
        return out == null ? forms : out;
    }

    /** One run of masks between known letters, read as more letters than masks, up to three: "f*k" is "fuck", "f*king" "fucking". */
    private void run(String form, List<String> out) {
        int from = form.indexOf('*');
        int to = from;
        while (to < form.length() && form.charAt(to) == '*') to++;
        if (form.indexOf('*', to) >= 0) return; // several runs: each mask is one letter, as above
        String prefix = form.substring(0, from);
        String suffix = form.substring(to);
        int known = prefix.length() + suffix.length();
        // At least one letter a mask, more than one in all: the case of exactly one a mask was tried above.
        for (int letters = to - from + 1; letters <= MAX_RUN_LETTERS; letters++) {
            for (String word : byShape.getOrDefault(shape(known + letters, form.charAt(0), form.charAt(form.length() - 1)),
                    Set.of())) {
                if (word.startsWith(prefix) && word.endsWith(suffix)) out.add(word);
            }
        }
        // A stem the masks end inside of, with at least one known letter after them to confirm it ("f**king").
        for (String stem : stemsByFirst.getOrDefault(form.charAt(0), Set.of())) {
            if (!stem.startsWith(prefix)) continue;
            for (int letters = to - from + 1; letters <= MAX_RUN_LETTERS && from + letters < stem.length(); letters++) {
                String after = stem.substring(from + letters);
                if (suffix.startsWith(after)) out.add(stem.substring(0, from + letters) + suffix);
            }
        }
    }

    private static int realLetters(String form) {
        int n = 0;
        for (int i = 0; i < form.length(); i++) if (form.charAt(i) != '*') n++;
        return n;
    }

    private static String shape(int length, char first, char last) {
        return length + ":" + first + ":" + last;
    }

    /** Whether {@code word} reads like the masked {@code pattern} (same length, '*' standing for any one letter). */
    static boolean fits(String pattern, String word) {
        if (pattern.length() != word.length()) return false;
        int masked = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p == '*') masked++;
            else if (p != word.charAt(i)) return false;
        }
        // At least one real letter besides the masks, so "****" is not every four-letter word on the list.
        return masked < pattern.length() - 1 || pattern.length() <= 2 && masked < pattern.length();
    }
}
