package org.masthead.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One story in a feed. {@code id} is a tag: URI built from the article's database id, so it survives a changed
 * slug or a corrected publication date, which would both change {@code url}.
 * {@code contentHtml} is the sanitised body (with the featured picture) and links made absolute.
 */
record FeedEntry(String id, String url, String title, String summary, String contentHtml, String language,
        Instant published, Instant updated, List<Person> authors, List<Category> categories, Replies replies) {

    /** {@code url} may be null: commenters have no page of their own. */
    record Person(String name, String url) {}

    /** A story's comments: how many, and the feeds that carry them (null for entries that are comments themselves). */
    record Replies(int count, String rssUrl, String atomUrl) {}

    /** A section or tag: {@code scheme} is the address its term is a slug under ("https://…/category/"). */
    record Category(String term, String label, String scheme) {}
}
