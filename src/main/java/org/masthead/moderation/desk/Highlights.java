package org.masthead.moderation.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a comment's text into plain and marked parts, so the words the word lists matched stand out where they are
 * (the template wraps marked parts in {@code <mark>}; escaping stays the template's). Positions are the stored
 * character offsets (Java string indexes, end exclusive); overlapping or out-of-range spans are tolerated.
 */
public final class Highlights {
    public record Span(int start, int end) {}

    public record Part(String text, boolean marked) {}

    private Highlights() {}

    public static List<Part> split(String text, List<Span> spans) {
        List<Span> sorted = spans.stream().filter(s -> s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start)).toList();
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Span span : sorted) {
            int start = Math.max(clamp(span.start(), text), at);
            int end = clamp(span.end(), text);
            if (start >= end) continue;
            if (start > at) parts.add(new Part(text.substring(at, start), false));
            parts.add(new Part(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length() || parts.isEmpty()) parts.add(new Part(text.substring(at), false));
        return parts;
    }

    /** Keeps positions inside the text and off the middle of a surrogate pair (an emoji is never cut in two). */
    private static int clamp(int index, String text) {
        int i = Math.max(0, Math.min(index, text.length()));
        if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))) i--;
        return i;
    }
}
