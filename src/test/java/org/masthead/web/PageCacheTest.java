package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Fixtures.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.articles.Story;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/**
 * Pages are cached and revalidated, and a change shows at once on every page that shows the changed story.
 * The clock stands still unless a test moves it, so a page rendered again carries a later Last-Modified
 * than the cached copy: that is how these tests tell a cached page from a fresh one.
 */
class PageCacheTest {
    private static final TestClock clock = TestClock.now();
    private static TestServer server;
    private static Fixtures fixtures;

    @BeforeAll
    static void start() {
        server = TestServer.empty(clock);
        fixtures = new Fixtures(server.newsroom).basics();
        fixtures.section("sport", "Sport", null);
        fixtures.section("culture", "Culture", null);
        fixtures.section("world", "World", null);
        fixtures.section("europe", "Europe", "world");
        fixtures.publish(article("Ferry timetable changes for the winter").tags("ferries"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_second_request_is_served_from_the_cache_with_the_same_etag() {
        String path = path(fixtures.publish(article("Harbour master retires after forty years")));
        HttpResponse<String> first = server.get(path);
        clock.advance(Duration.ofHours(1));
        HttpResponse<String> second = server.get(path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(header(first, "ETag")).matches("\"[0-9a-f]+\"");
        assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(header(second, "Last-Modified")).isEqualTo(header(first, "Last-Modified"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(first, "Cache-Control")).contains("must-revalidate");
    }

    @Test
    void a_browser_holding_the_current_etag_gets_304_without_a_body() {
        String path = path(fixtures.publish(article("Night buses return to the old town")));
        String etag = header(server.get(path), "ETag");

        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"something-else\", " + etag}) {
            HttpResponse<String> revalidated = server.get(path, Map.of("If-None-Match", ifNoneMatch));
            assertThat(revalidated.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(revalidated.body()).as(ifNoneMatch).isEmpty();
            assertThat(header(revalidated, "ETag")).isEqualTo(etag);
        }
        HttpResponse<String> stale = server.get(path, Map.of("If-None-Match", "\"an-old-version\""));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("Night buses return to the old town");
    }

    @Test
    void a_browser_holding_a_copy_as_new_as_last_modified_gets_304() {
        String path = path(fixtures.publish(article("Lighthouse keepers' cottages up for sale")));
        String lastModified = header(server.get(path), "Last-Modified");

        HttpResponse<String> revalidated = server.get(path, Map.of("If-Modified-Since", lastModified));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        HttpResponse<String> older = server.get(path, Map.of("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT"));
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.body()).contains("Lighthouse keepers");
    }

    @Test
    void a_head_request_answers_as_get_would_without_the_body() {
        String path = path(fixtures.publish(article("Pier reopens after repairs")));
        HttpResponse<String> get = server.get(path);

        HttpResponse<String> head = head(path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
        assertThat(header(head, "Last-Modified")).isEqualTo(header(get, "Last-Modified"));
        assertThat(header(head, "Content-Length")).isEqualTo(header(get, "Content-Length"));
        assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));

        for (String missing : new String[] {"/2026/01/01/no-such-story/", "/category/no-such-section/", "/nope/",
            "/tag/no-such-tag/feed/", "/2026/01/01/no-such-story/feed/"}) {
            assertThat(head(missing).statusCode()).as(missing).isEqualTo(404);
        }
        for (String file : new String[] {"/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt", path + "feed/"}) {
            HttpResponse<String> fileHead = head(file);
            assertThat(fileHead.statusCode()).as(file).isEqualTo(200);
            assertThat(header(fileHead, "Content-Length")).as(file).isEqualTo(header(server.get(file), "Content-Length"));
        }
    }

    @Test
    void pages_come_gzipped_to_browsers_that_accept_gzip_and_plain_to_those_that_do_not() {
        String path = path(fixtures.publish(article("Fishmongers move to the new market hall")));
        HttpResponse<byte[]> plain = server.getBytes(path, Map.of());
        HttpResponse<byte[]> gzipped = server.getBytes(path, Map.of("Accept-Encoding", "br, gzip;q=0.8"));

        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzipped, "Content-Length")).isEqualTo(String.valueOf(gzipped.body().length));
        assertThat(header(gzipped, "Vary")).containsIgnoringCase("Accept-Encoding");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Fishmongers move to the new market hall");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(header(plain, "Content-Length")).isEqualTo(String.valueOf(plain.body().length));
        assertThat(header(plain, "Vary")).containsIgnoringCase("Accept-Encoding");
        HttpResponse<byte[]> refused = server.getBytes(path, Map.of("Accept-Encoding", "gzip;q=0"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
    }

    @Test
    void publishing_a_story_puts_it_on_the_front_section_tag_and_author_pages_at_once() {
        String[] lists = {"/", "/category/news/", "/tag/ferries/", "/author/ada-reporter/"};
        for (String list : lists) assertThat(server.get(list).statusCode()).as(list).isEqualTo(200); // now cached

        long id = fixtures.publish(article("New ferry to the islands starts on Monday").tags("ferries"));

        for (String list : lists) {
            assertThat(server.page(list).select(linkTo(path(id))).eachText()).as(list)
                    .contains("New ferry to the islands starts on Monday");
        }
    }

    @Test
    void a_story_filed_in_a_subsection_appears_at_once_on_the_parent_section_page() {
        assertThat(server.get("/category/world/").statusCode()).isEqualTo(200); // now cached

        long id = fixtures.publish(article("Danube shipping resumes after the drought").sections("europe"));

        assertThat(server.page("/category/world/").select(linkTo(path(id))).text())
                .isEqualTo("Danube shipping resumes after the drought");
        assertThat(server.page("/category/europe/").select(linkTo(path(id))).text())
                .isEqualTo("Danube shipping resumes after the drought");
    }

    @Test
    void editing_a_headline_changes_its_page_the_front_page_and_related_boxes_but_not_its_address() {
        Instant published = fixtures.anHourAgo();
        long older = fixtures.publish(article("Seals return to the estuary").tags("wildlife").publishedAt(published));
        var edited = article("Otters spotted in the harbour").tags("wildlife").publishedAt(published.plusSeconds(60));
        long id = fixtures.publish(edited);
        String path = path(id);
        assertThat(server.page(path(older)).select(".related " + linkTo(path)).text())
                .isEqualTo("Otters spotted in the harbour"); // now cached, with the old headline
        assertThat(server.page("/").text()).contains("Otters spotted in the harbour");

        server.newsroom.articles.update(id, article("Otters and their cubs spotted in the harbour").tags("wildlife")
                .publishedAt(published.plusSeconds(60)).build());

        assertThat(path(id)).as("a corrected headline keeps the story's address").isEqualTo(path);
        assertThat(server.page(path).select("h1").text()).isEqualTo("Otters and their cubs spotted in the harbour");
        assertThat(server.page("/").select(linkTo(path)).eachText())
                .contains("Otters and their cubs spotted in the harbour");
        assertThat(server.page(path(older)).select(".related " + linkTo(path)).text())
                .isEqualTo("Otters and their cubs spotted in the harbour");
    }

    @Test
    void unpublishing_a_story_takes_down_its_page_and_removes_it_from_every_list() {
        long other = fixtures.publish(article("Dockers vote on the new contract").tags("port"));
        long id = fixtures.publish(article("Port strike called off").tags("port"));
        String path = path(id);
        String[] pages = {path, path(other), "/", "/category/news/", "/tag/port/", "/author/ada-reporter/"};
        for (String page : pages) assertThat(server.page(page).select(linkTo(path) + ", h1:contains(Port strike)"))
                .as(page).isNotEmpty(); // now cached

        server.newsroom.articles.unpublish(id);

        assertThat(server.get(path).statusCode()).isEqualTo(404);
        for (String page : new String[] {path(other), "/", "/category/news/", "/tag/port/", "/author/ada-reporter/"}) {
            HttpResponse<String> response = server.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("Port strike called off").doesNotContain(path);
        }
    }

    @Test
    void a_story_in_one_section_leaves_the_cached_page_of_an_unrelated_section_alone() {
        fixtures.publish(article("Rowing club wins the regatta").sections("sport").tags("rowing"));
        HttpResponse<String> before = server.get("/category/sport/");
        clock.advance(Duration.ofHours(1));

        long culture = fixtures.publish(article("Choir festival fills the cathedral").sections("culture").tags("music"));

        HttpResponse<String> after = server.get("/category/sport/");
        assertThat(header(after, "ETag")).isEqualTo(header(before, "ETag"));
        assertThat(header(after, "Last-Modified")).isEqualTo(header(before, "Last-Modified"));
        assertThat(server.page("/category/culture/").select(linkTo(path(culture)))).isNotEmpty();

        fixtures.publish(article("Harbour swim moved to August").sections("sport").tags("swimming"));
        assertThat(header(server.get("/category/sport/"), "ETag")).isNotEqualTo(header(before, "ETag"));
    }

    @Test
    void tracking_parameters_do_not_make_a_different_page() {
        String path = path(fixtures.publish(article("Old cinema to become a library")));
        HttpResponse<String> plain = server.get(path);
        HttpResponse<String> home = server.get("/");
        clock.advance(Duration.ofHours(1));

        for (String query : new String[] {"?utm_source=newsletter&utm_medium=email", "?fbclid=IwAR0abc", "?ref=x"}) {
            HttpResponse<String> tracked = server.get(path + query);
            assertThat(tracked.statusCode()).as(query).isEqualTo(200);
            assertThat(header(tracked, "ETag")).as(query).isEqualTo(header(plain, "ETag"));
            assertThat(header(tracked, "Last-Modified")).as(query).isEqualTo(header(plain, "Last-Modified"));
            assertThat(header(server.get("/" + query), "Last-Modified")).as(query).isEqualTo(header(home, "Last-Modified"));
        }
        assertThat(server.page(path + "?utm_source=x").select("link[rel=canonical]").attr("href")).endsWith(path);
    }

    @Test
    void a_new_section_shows_at_once_in_the_navigation_of_cached_pages() {
        String path = path(fixtures.publish(article("Tide tables for the new year")));
        for (String page : new String[] {"/", path}) assertThat(server.get(page).statusCode()).isEqualTo(200);

        fixtures.section("weather", "Weather", null);

        for (String page : new String[] {"/", path}) {
            assertThat(server.page(page).select(".sections-nav a").eachText()).as(page).contains("Weather");
        }
    }

    @Test
    void every_response_carries_a_strict_content_security_policy_and_anti_framing_headers() {
        Document home = server.page("/");
        String stylesheet = home.select("link[rel=stylesheet]").attr("href");
        String article = path(fixtures.publish(article("Council publishes the harbour plan")));
        String etag = header(server.get(article), "ETag");

        for (HttpResponse<String> response : List.of(server.get("/"), server.get(article), server.get("/no-such-page/"),
                server.get(stylesheet), server.get(article, Map.of("If-None-Match", etag)))) {
            String where = response.uri().getPath() + " " + response.statusCode();
            String csp = header(response, "Content-Security-Policy");
            assertThat(csp).as(where).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(header(response, "X-Content-Type-Options")).as(where).isEqualTo("nosniff");
            assertThat(header(response, "X-Frame-Options")).as(where).isEqualTo("DENY");
        }
    }

    @Test
    void the_stylesheet_has_a_fingerprinted_address_that_browsers_may_keep_for_a_year() {
        String href = server.page("/").select("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("/assets/site\\.[0-9a-f]{8,}\\.css");

        HttpResponse<byte[]> plain = server.getBytes(href, Map.of());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Content-Type")).startsWith("text/css");
        assertThat(header(plain, "Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("{");

        HttpResponse<byte[]> gzipped = server.getBytes(href, Map.of("Accept-Encoding", "gzip"));
        assertThat(header(gzipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        HttpResponse<byte[]> refused = server.getBytes(href, Map.of("Accept-Encoding", "gzip; q=0.0, identity"));
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());

        assertThat(server.get(href.replaceFirst("\\.[0-9a-f]+\\.css$", ".0000000000.css")).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> head(String path) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String path(long id) {
        return server.newsroom.articles.story(id).map(Story::path).orElseThrow();
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header on "
                + response.uri() + " (" + response.statusCode() + ")"));
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A selector for links to {@code path}. */
    private static String linkTo(String path) {
        return "a[href=\"" + path + "\"]";
    }
}
