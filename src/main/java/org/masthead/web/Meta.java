package org.masthead.web;

import java.util.List;
import org.masthead.media.Image;

/**
 * What a page tells browsers, search engines and link previews about itself: title, description,
 * canonical address, OpenGraph type and picture, structured data, its feeds, and whether search
 * engines should leave it out of their index ({@code noindex}: error pages).
 */
public record Meta(String title, String description, String canonicalPath, String type, Image image,
        JsonLd jsonLd, List<FeedLink> feeds, boolean hiddenFromSearch) {

    public record FeedLink(String title, String path, String mediaType) {}

    public Meta(String title, String description, String canonicalPath, String type, Image image, JsonLd jsonLd,
            List<FeedLink> feeds) {
        this(title, description, canonicalPath, type, image, jsonLd, feeds, false);
    }

    public static Meta page(String title, String description, String canonicalPath) {
        return new Meta(title, description, canonicalPath, "website", null, null, List.of(), false);
    }

    /** For pages search engines should not list: forms, notices, errors. */
    public Meta hideFromSearch() {
        return new Meta(title, description, canonicalPath, type, image, jsonLd, feeds, true);
    }

    public Meta withFeeds(String name, String basePath) {
        return new Meta(title, description, canonicalPath, type, image, jsonLd, List.of(
                new FeedLink(name + " (RSS)", basePath + "feed/", "application/rss+xml"),
                new FeedLink(name + " (Atom)", basePath + "feed/atom/", "application/atom+xml")), hiddenFromSearch);
    }
}
