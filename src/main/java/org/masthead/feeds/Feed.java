package org.masthead.feeds;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A feed ready to write as RSS or Atom: every address absolute, as feed readers fetch from anywhere.
 * {@code updated} is the newest change among the entries, so the same stories always give the same bytes.
 */
record Feed(String title, String description, String language, String pageUrl, String rssUrl, String atomUrl,
        Instant updated, List<FeedEntry> entries, Set<String> dependencies) {}
