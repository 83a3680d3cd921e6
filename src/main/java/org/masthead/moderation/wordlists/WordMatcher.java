package org.masthead.moderation.wordlists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists compiled once into a trie over normalised words: each edge is a whole word (or, for entries ending in
 * "*", the beginning of one), so a phrase is a path. Matching a text walks the trie from each of its words; every
 * step is a hash look-up, so the cost grows with the text (and the longest phrase), not with the number of entries.
 * Masked words ("f*ck", "f**k") are filled in from an index of listed words by length and first and last letter.
 */
public final class WordMatcher {
    private static final int MAX_STATES = 16;
    private static final int MIN_STEM = 3;

    private static final class Node {
        final Map<String, Node> words = new HashMap<>(2);
        final Map<String, Node> stems = new HashMap<>(1);
        final List<Entry> entries = new ArrayList<>(1);
        int longestStem;
    }

    private final Node root = new Node();
    private int longestPhrase;
    /** Listed whole words by "length:first:last", for filling in masks. */
    private final Map<String, Set<String>> wordsByShape = new HashMap<>();
    /** Listed stems by first letter, for masks in longer words ("f*cking" for "fuck*"). */
    private final Map<Character, Set<String>> stemsByFirst = new HashMap<>();
    private final int size;

    public WordMatcher(List<Entry> entries) {
        int added = 0;
        for (Entry e : entries) if (add(e)) added++;
        this.size = added;
    }

    /** How many entries compiled (entries that normalise to nothing are left out). */
    public int size() {
        return size;
    }

    private boolean add(Entry entry) {
        List<Node> nodes = List.of(root);
        int depth = 0;
        for (String word : entry.term().strip().split("\\s+")) {
            boolean stem = word.endsWith("*");
            String bare = stem ? word.substring(0, word.length() - 1) : word;
            for (Token token : Token.words(bare)) {
                // Only the last piece of a word written with a trailing * is a stem ("anti-semit*": "anti", "semit*").
                boolean isStem = stem && token.end() == bare.length();
                List<Node> next = new ArrayList<>();
                for (Node node : nodes) {
                    for (String form : Forms.of(token.raw())) {
                        if (form.indexOf('*') >= 0) continue;
                        if (isStem && form.length() < MIN_STEM) continue;
                        Map<String, Node> edges = isStem ? node.stems : node.words;
                        next.add(edges.computeIfAbsent(form, f -> new Node()));
                        if (isStem) {
                            node.longestStem = Math.max(node.longestStem, form.length());
                            stemsByFirst.computeIfAbsent(form.charAt(0), c -> new LinkedHashSet<>()).add(form);
                        } else {
                            wordsByShape.computeIfAbsent(shape(form), s -> new LinkedHashSet<>()).add(form);
                        }
                    }
                }
                nodes = next.stream().distinct().toList();
                depth++;
            }
        }
        if (depth == 0 || nodes.isEmpty()) return false;
        for (Node node : nodes) {
            // The same term in two languages' lists is one entry here.
            if (node.entries.stream().noneMatch(e -> e.term().equals(entry.term()) && e.kind() == entry.kind())) {
                node.entries.add(entry);
            }
        }
        longestPhrase = Math.max(longestPhrase, depth);
        return true;
    }

    private static String shape(String form) {
        return form.length() + ":" + form.charAt(0) + ":" + form.charAt(form.length() - 1);
    }

    /** Every listed entry in {@code text}, in order of position; overlapping matches are all reported. */
    public List<Hit> find(String text) {
        List<Token> tokens = Token.split(text);
        List<List<String>> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) forms.add(resolved(Forms.of(t.raw())));
        Set<Hit> hits = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Node> states = List.of(root);
            for (int j = i; j < tokens.size() && j - i < longestPhrase && !states.isEmpty(); j++) {
                List<Node> next = new ArrayList<>(2);
                for (Node node : states) step(node, forms.get(j), next);
                for (Node node : next) {
                    for (Entry e : node.entries) {
                        int start = tokens.get(i).start();
                        int end = tokens.get(j).end();
                        hits.add(new Hit(e, start, end, text.substring(start, end)));
                    }
                }
                states = next.size() > MAX_STATES ? next.subList(0, MAX_STATES) : next;
            }
        }
        return List.copyOf(hits);
    }

    private static void step(Node node, List<String> forms, List<Node> next) {
        for (String form : forms) {
            Node exact = node.words.get(form);
            if (exact != null && !next.contains(exact)) next.add(exact);
            if (node.longestStem == 0) continue;
            for (int len = MIN_STEM; len <= Math.min(node.longestStem, form.length()); len++) {
                Node stem = node.stems.get(form.substring(0, len));
                if (stem != null && !next.contains(stem)) next.add(stem);
            }
        }
    }

    /** The forms with masks filled in from the listed words and stems they could stand for. */
    private List<String> resolved(List<String> forms) {
        List<String> out = null;
        for (String form : forms) {
            if (form.indexOf('*') < 0) continue;
            if (out == null) out = new ArrayList<>(forms);
            char first = form.charAt(0);
            char last = form.charAt(form.length() - 1);
            if (first != '*' && last != '*') {
                for (String word : wordsByShape.getOrDefault(shape(form), Set.of())) {
                    if (fits(form, word)) out.add(word);
                }
            }
            if (first != '*') {
                for (String stem : stemsByFirst.getOrDefault(first, Set.of())) {
                    if (stem.length() <= form.length() && fits(form.substring(0, stem.length()), stem)) {
                        out.add(stem + form.substring(stem.length()));
                    }
                }
            }
        }
        return out == null ? forms : out;
    }

    /** Whether {@code word} reads like the masked {@code pattern} (same length, '*' standing for any one letter). */
    private static boolean fits(String pattern, String word) {
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
