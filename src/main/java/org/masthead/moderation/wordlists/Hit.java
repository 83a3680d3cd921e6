package org.masthead.moderation.wordlists;

/** A list entry found in a text, at [start, end) of the original text; {@code found} is what stands there. */
public record Hit(Entry entry, int start, int end, String found) {}
