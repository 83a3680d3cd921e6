package org.masthead.feeds;

import org.masthead.articles.Listing;

/**
 * Which stories one feed follows and how it introduces itself: the whole site, a section, a tag or an author.
 * {@code pagePath} is the HTML page the feed belongs to ("/category/europe/"); its feeds live below it.
 * {@code dependency} is the page-cache key whose change makes the feed stale.
 */
record Channel(String title, String description, String pagePath, Listing listing, String dependency) {}
