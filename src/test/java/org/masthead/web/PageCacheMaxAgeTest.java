package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestClock;

/** Pages cached with a max age are rendered again once it has passed, and not before. */
class PageCacheMaxAgeTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final PageCache cache = new PageCache(100, 10_000_000, clock);
    private final AtomicInteger renders = new AtomicInteger();
    private final Javalin app = Javalin.create(config -> {
        config.jetty.port = 0;
        config.routes.get("/timed.xml", cache.cached(Duration.ofMinutes(10), ctx -> rendered()));
        config.routes.get("/untimed.xml", cache.cached(ctx -> rendered()));
    }).start();
    private final HttpClient client = HttpClient.newHttpClient();

    private Rendered rendered() {
        return new Rendered(("render " + renders.incrementAndGet()).getBytes(StandardCharsets.UTF_8),
                "application/xml; charset=utf-8", Set.of("home"));
    }

    private String get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void a_timed_page_is_rendered_again_after_its_max_age_and_an_untimed_one_is_not() throws Exception {
        assertThat(get("/timed.xml")).isEqualTo("render 1");
        assertThat(get("/untimed.xml")).isEqualTo("render 2");
        clock.advance(Duration.ofMinutes(9));
        assertThat(get("/timed.xml")).isEqualTo("render 1");
        clock.advance(Duration.ofMinutes(1));
        assertThat(get("/timed.xml")).isEqualTo("render 3");
        assertThat(get("/untimed.xml")).isEqualTo("render 2");
        assertThat(get("/timed.xml")).isEqualTo("render 3");
    }
}
