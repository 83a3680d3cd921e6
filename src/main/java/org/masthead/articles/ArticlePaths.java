package org.masthead.articles;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Article URLs carry the publication date: /2026/11/25/slug/. Dates in URLs are UTC. */
public final class ArticlePaths {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private ArticlePaths() {}

    public static String of(Instant publishedAt, String slug) {
        return "/" + DATE.format(publishedAt) + "/" + slug + "/";
    }
}
