package org.masthead.moderation;

/**
 * A stretch of the comment a phase matched, for moderators to see highlighted: which list it came from (e.g.
 * "blocked", "suspect", "link"), the entry's category ("profanity", "threat", ...), the entry as listed, and where it
 * is in the original text ({@code start} inclusive, {@code end} exclusive, in UTF-16 units as Java and JavaScript count).
 */
public record Match(String list, String category, String term, int start, int end, String found) {}
