package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestClock;
import org.masthead.articles.ContentChange;

/** The cache's bounds, invalidation and dates, on a bare Javalin app whose pages are made up. */
class PageCacheLimitsTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger renders = new AtomicInteger();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) app.stop();
    }

    private void serve(PageCache cache, Function<Context, Rendered> renderer) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/{n}/", cache.cached(ctx -> {
                renders.incrementAndGet();
                return renderer.apply(ctx);
            }));
        }).start();
    }

    /** A page of 1,000 random bytes (gzip cannot shrink it) that shows "page:N". */
    private static Rendered page(Context ctx) {
        byte[] body = new byte[1000];
        new Random(ctx.pathParam("n").hashCode()).nextBytes(body);
        return Rendered.html(body, Set.of("page:" + ctx.pathParam("n")));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void holds_no_more_bytes_than_its_budget_however_many_pages_are_asked_for() throws Exception {
        PageCache cache = new PageCache(1000, 40_000, Clock.systemUTC());
        serve(cache, PageCacheLimitsTest::page);
        for (int n = 0; n < 100; n++) {
            assertThat(get("/" + n + "/").statusCode()).isEqualTo(200);
            assertThat(cache.bytes()).isLessThanOrEqualTo(40_000);
        }
        assertThat(cache.size()).isBetween(5, 19);
        // Each page shows its own "page:N": evicted pages must leave the index too, or it would grow for ever.
        assertThat(cache.contentIndexed()).isEqualTo(cache.size());
    }

    @Test
    void holds_no_more_pages_than_its_count() throws Exception {
        PageCache cache = new PageCache(10, 10_000_000, Clock.systemUTC());
        serve(cache, PageCacheLimitsTest::page);
        for (int n = 0; n < 50; n++) get("/" + n + "/");
        assertThat(cache.size()).isBetween(1, 10);
    }

    @Test
    void a_change_drops_exactly_the_pages_that_show_it_and_site_drops_all() throws Exception {
        PageCache cache = new PageCache(1000, 10_000_000, Clock.systemUTC());
        serve(cache, PageCacheLimitsTest::page);
        for (int n = 0; n < 3; n++) get("/" + n + "/");
        get("/1/");
        assertThat(renders.get()).isEqualTo(3);
        long bytes = cache.bytes();

        cache.changed(new ContentChange(Set.of("page:1")));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.bytes()).isLessThan(bytes);
        get("/0/");
        get("/1/");
        assertThat(renders.get()).isEqualTo(4);

        cache.changed(new ContentChange(Set.of("site")));
        assertThat(cache.size()).isZero();
        assertThat(cache.bytes()).isZero();
        assertThat(cache.contentIndexed()).isZero();
    }

    @Test
    void last_modified_is_when_rendering_began_so_never_after_the_response_date() throws Exception {
        Instant start = Instant.parse("2026-03-01T10:00:00.900Z");
        TestClock clock = new TestClock(start);
        PageCache cache = new PageCache(1000, 10_000_000, clock);
        serve(cache, ctx -> {
            clock.advance(Duration.ofSeconds(2)); // a slow first render
            return page(ctx);
        });
        HttpResponse<String> response = get("/1/");
        assertThat(response.headers().firstValue("Last-Modified")).hasValue("Sun, 01 Mar 2026 10:00:00 GMT");
        assertThat(get("/1/").headers().firstValue("Last-Modified")).hasValue("Sun, 01 Mar 2026 10:00:00 GMT");
    }

    @Test
    void pages_rendered_while_their_content_changed_are_served_but_not_kept() throws Exception {
        PageCache cache = new PageCache(1000, 10_000_000, Clock.systemUTC());
        serve(cache, ctx -> {
            cache.changed(new ContentChange(Set.of("page:other")));
            return page(ctx);
        });
        assertThat(get("/1/").statusCode()).isEqualTo(200);
        assertThat(cache.size()).isZero();
    }

    @Test
    void accepts_gzip_only_with_a_weight_above_zero() {
        assertThat(PageCache.acceptsGzip(null)).isFalse();
        assertThat(PageCache.acceptsGzip("")).isFalse();
        assertThat(PageCache.acceptsGzip("gzip")).isTrue();
        assertThat(PageCache.acceptsGzip("deflate, gzip;q=0.8")).isTrue();
        assertThat(PageCache.acceptsGzip("x-gzip")).isTrue();
        assertThat(PageCache.acceptsGzip("*;q=0.1")).isTrue();
        assertThat(PageCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCache.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PageCache.acceptsGzip("*, gzip;q=0")).isFalse();
        assertThat(PageCache.acceptsGzip("br, identity")).isFalse();
    }

}
