package org.masthead.feeds;

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

    private final CommentFeeds commentFeeds;

    public FeedRoutes(Channels channels, Feeds feeds, CommentFeeds commentFeeds, PageCache cache) {
        this.channels = channels;
        this.feeds = feeds;
        this.commentFeeds = commentFeeds;
        this.cache = cache;
    }

    @Override
    public void addEndpoints() {
        both("/", ctx -> channels.site());
        both("/category/{slug}/", ctx -> channels.section(ctx.pathParam("slug")));
        both("/tag/{slug}/", ctx -> channels.tag(ctx.pathParam("slug")));
        both("/author/{slug}/", ctx -> channels.author(ctx.pathParam("slug")));
        // Comments: the site's newest, and each article's own below its address (as WordPress had them).
        bothFeeds("/comments/", ctx -> commentFeeds.site());
        bothFeeds("/{year}/{month}/{day}/{slug}/", ctx -> commentFeeds.article(articlePath(ctx), ctx.pathParam("slug")));
    }

    private static String articlePath(Context ctx) {
        return "/" + ctx.pathParam("year") + "/" + ctx.pathParam("month") + "/" + ctx.pathParam("day") + "/"
                + ctx.pathParam("slug") + "/";
    }

    /** The RSS feed at {@code page}feed/ and the Atom feed at {@code page}feed/atom/. */
    private void both(String page, Function<Context, Channel> channel) {
        bothFeeds(page, ctx -> feeds.of(channel.apply(ctx)));
    }

    private void bothFeeds(String page, Function<Context, Feed> feed) {
        cache.page(page + "feed/", ctx -> {
            Feed f = feed.apply(ctx);
            return new Rendered(rss.write(f), RssWriter.CONTENT_TYPE, f.dependencies());
        });
        cache.page(page + "feed/atom/", ctx -> {
            Feed f = feed.apply(ctx);
            return new Rendered(atom.write(f), AtomWriter.CONTENT_TYPE, f.dependencies());
        });
    }
}
