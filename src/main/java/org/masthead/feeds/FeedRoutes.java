package org.masthead.feeds;

import static io.javalin.apibuilder.ApiBuilder.get;

import io.javalin.apibuilder.EndpointGroup;
import io.javalin.http.Context;
import java.util.function.Function;
import org.masthead.web.PageCache;
import org.masthead.web.Rendered;

/**
 * RSS and Atom feeds of the site, each section, tag and author, at the addresses WordPress used
 * (/feed/, /category/europe/feed/atom/), so the redirects of an imported WordPress site land here.
 * Register before the article routes: their /{year}/{month}/ patterns would take /feed/atom/.
 */
public final class FeedRoutes implements EndpointGroup {
    static final String GENERATOR = "Masthead";
    private final Channels channels;
    private final Feeds feeds;
    private final PageCache cache;
    private final RssWriter rss = new RssWriter();
    private final AtomWriter atom = new AtomWriter();

    public FeedRoutes(Channels channels, Feeds feeds, PageCache cache) {
        this.channels = channels;
        this.feeds = feeds;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        both("/", ctx -> channels.site());
        both("/category/{slug}/", ctx -> channels.section(ctx.pathParam("slug")));
        both("/tag/{slug}/", ctx -> channels.tag(ctx.pathParam("slug")));
        both("/author/{slug}/", ctx -> channels.author(ctx.pathParam("slug")));
    }

    /** The RSS feed at {@code page}feed/ and the Atom feed at {@code page}feed/atom/. */
    private void both(String page, Function<Context, Channel> channel) {
        get(page + "feed/", cache.cached(ctx -> {
            Feed feed = feeds.of(channel.apply(ctx));
            return new Rendered(rss.write(feed), RssWriter.CONTENT_TYPE, feed.dependencies());
        }));
        get(page + "feed/atom/", cache.cached(ctx -> {
            Feed feed = feeds.of(channel.apply(ctx));
            return new Rendered(atom.write(feed), AtomWriter.CONTENT_TYPE, feed.dependencies());
        }));
    }
}
