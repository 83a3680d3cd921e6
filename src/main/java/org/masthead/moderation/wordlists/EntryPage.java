package org.masthead.moderation.wordlists;

import java.util.List;

/** One page of word-list entries and how many entries the filter selects in all. */
public record EntryPage(List<Entry> entries, int total) {}
