package org.masthead.feeds;

import io.javalin.apibuilder.EndpointGroup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.masthead.web.PageCache;
import org.masthead.web.Rendered;

/** /sitemap.xml, /news-sitemap.xml and /robots.txt. */
public final class SitemapRoutes implements EndpointGroup {
    private static final String XML = "application/xml; charset=utf-8";
    // Every change to a published story announces "home"; "site" covers the site's name and address.
    private static final Set<String> DEPENDENCIES = Set.of("home", "site");
    // The news sitemap also changes as stories grow older than two days, with no content change to announce it.
    private static final Duration NEWS_MAX_AGE = Duration.ofMinutes(10);
    private final Sitemaps sitemaps;
    private final PageCache cache;

    public SitemapRoutes(Sitemaps sitemaps, PageCache cache) {
        this.sitemaps = sitemaps;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        cache.page("/sitemap.xml", ctx -> new Rendered(sitemaps.sitemap(), XML, DEPENDENCIES));
        cache.page("/news-sitemap.xml", NEWS_MAX_AGE, ctx -> new Rendered(sitemaps.newsSitemap(), XML, DEPENDENCIES));
        cache.page("/robots.txt", ctx -> new Rendered(sitemaps.robots().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8", DEPENDENCIES));
    }
}
