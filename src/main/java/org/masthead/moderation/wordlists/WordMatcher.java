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
    /** A split word read as one may run this many letters past a listed stem ("fu cking", "fu ckers"), no more. */
    private static final int MAX_JOINED_ENDING = 3;

    private static final class Node {
        final Map<String, Node> words = new HashMap<>(2);
        final Map<String, Node> stems = new HashMap<>(1);
        final List<Entry> entries = new ArrayList<>(1);
        int longestStem;
    }

    private final Node root = new Node();
    private int longestPhrase;
    private final MaskedWords masked = new MaskedWords();
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
                            masked.addStem(form);
                        } else {
                            masked.addWord(form);
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

    /** Every listed entry in {@code text}, in order of position; overlapping matches are all reported. */
    public List<Hit> find(String text) {
        List<Token> tokens = Token.split(text);
        List<List<String>> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) forms.add(masked.resolved(Forms.of(t.raw())));
        Set<Hit> hits = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(text, tokens, forms, forms.get(i), tokens.get(i).start(), tokens.get(i).end(), i + 1, hits);
            if (i + 1 < tokens.size()) {
                List<String> joined = joined(text, tokens, forms, i);
                if (!joined.isEmpty()) walk(text, tokens, forms, joined, tokens.get(i).start(), tokens.get(i + 1).end(), i + 2, hits);
            }
        }
        return List.copyOf(hits);
    }

    /**
     * Walks the trie from a first word (its forms, its place in the text), then on through the tokens from
     * {@code next}, adding a hit for every entry reached.
     */
    private void walk(String text, List<Token> tokens, List<List<String>> forms, List<String> first, int start,
            int firstEnd, int next, Set<Hit> hits) {
        List<Node> states = List.of(root);
        List<String> word = first;
        int end = firstEnd;
        for (int j = next - 1, depth = 0; depth < longestPhrase && !states.isEmpty(); depth++) {
            List<Node> reached = new ArrayList<>(2);
            for (Node node : states) step(node, word, reached);
            for (Node node : reached) {
                for (Entry e : node.entries) hits.add(new Hit(e, start, end, text.substring(start, end)));
            }
            states = reached.size() > MAX_STATES ? reached.subList(0, MAX_STATES) : reached;
            j++;
            if (j >= tokens.size()) break;
            word = forms.get(j);
            end = tokens.get(j).end();
        }
    }

    /**
     * A word split in two by one space ("fu ck", "as shole"), read as one: the forms of tokens i and i+1 joined, where
     * the joined form begins a listed word or stem that neither half matches alone, and the halves are not both
     * ordinary words ("as she" stays two words, whatever the lists hold). A listed stem must take the joined word
     * up to a short ending ("fu cking" is "fuck" and "ing"; "who represents" is not "whore" and "presents"). Empty
     * when they should stay apart.
     */
    private List<String> joined(String text, List<Token> tokens, List<List<String>> forms, int i) {
        Token a = tokens.get(i);
        Token b = tokens.get(i + 1);
        if (b.start() - a.end() != 1 || text.charAt(a.end()) != ' ') return List.of();
        if (a.raw().indexOf('*') >= 0 || b.raw().indexOf('*') >= 0) return List.of();
        if (reaches(forms.get(i), true) || reaches(forms.get(i + 1), true)) return List.of();
        List<String> joined = new ArrayList<>(1);
        for (String left : forms.get(i)) {
            for (String right : forms.get(i + 1)) {
                String whole = left + right;
                if (reaches(List.of(whole), false) && endingAfterStem(whole) <= MAX_JOINED_ENDING
                        && !(OrdinaryWords.contains(left) && OrdinaryWords.contains(right))) {
                    joined.add(whole);
                }
            }
        }
        return joined;
    }

    /** Letters of {@code form} after the longest listed stem it begins with (0 for a listed word). */
    private int endingAfterStem(String form) {
        if (root.words.containsKey(form)) return 0;
        for (int len = Math.min(root.longestStem, form.length()); len >= MIN_STEM; len--) {
            if (root.stems.containsKey(form.substring(0, len))) return form.length() - len;
        }
        return form.length();
    }

    /**
     * Whether one of these forms, as the first word, matches a one-word entry (a listed word or stem); unless
     * {@code alone}, also whether it begins a listed phrase.
     */
    private boolean reaches(List<String> forms, boolean alone) {
        List<Node> reached = new ArrayList<>(1);
        step(root, forms, reached);
        return reached.stream().anyMatch(n -> !n.entries.isEmpty() || !alone && (!n.words.isEmpty() || !n.stems.isEmpty()));
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
}
