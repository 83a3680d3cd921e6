package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.ATOM;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

/** Cached feeds change the moment their stories do. The tests share one newsroom and each adds its own stories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedInvalidationTest {
    private static final String BODY = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";
    private static final List<String> NEWS_FEEDS = List.of("/feed/", "/feed/atom/", "/category/news/feed/",
            "/category/news/feed/atom/", "/tag/testing/feed/", "/tag/testing/feed/atom/", "/author/ada-reporter/feed/",
            "/author/ada-reporter/feed/atom/");
    private TestServer server;
    private Fixtures fixtures;

    @BeforeAll
    void start() {
        server = TestServer.empty();
        fixtures = new Fixtures(server.newsroom).basics();
        server.newsroom.taxonomy.addSection("sport", "Sport", null, "");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Headlines of a feed, RSS or Atom by its address, newest first. */
    private List<String> titles(String path) {
        Element root = Xml.parse(server.get(path).body());
        if (path.endsWith("/atom/")) return children(root, ATOM, "entry").stream().map(e -> text(e, ATOM, "title")).toList();
        return children(Xml.child(root, null, "channel"), null, "item").stream().map(i -> text(i, null, "title")).toList();
    }

    private Element atomEntry(String title) {
        return children(Xml.parse(server.get("/feed/atom/").body()), ATOM, "entry").stream()
                .filter(e -> text(e, ATOM, "title").equals(title)).findFirst().orElseThrow();
    }

    private void readAll(List<String> paths) {
        paths.forEach(this::titles);
        assertThat(server.newsroom.pageCache.size()).as("feeds are cached").isPositive();
    }

    private ArticleDraft draft(String title, String section, Instant publishedAt) {
        return new ArticleDraft(title, "A standfirst.", "", BODY, "en", "", List.of("ada-reporter"), List.of(section),
                List.of("testing"), null, List.of(), ArticleStatus.PUBLISHED, publishedAt);
    }

    @Test
    void publishing_a_story_puts_it_first_in_the_site_section_tag_and_author_feeds_at_once() {
        readAll(NEWS_FEEDS);
        fixtures.publish("Night ferry to the islands returns", BODY);
        for (String path : NEWS_FEEDS) {
            assertThat(titles(path)).as(path).first().isEqualTo("Night ferry to the islands returns");
        }
    }

    @Test
    void a_story_in_another_section_reaches_that_sections_feed_and_not_this_one() {
        readAll(List.of("/feed/", "/category/news/feed/", "/category/sport/feed/atom/"));
        // Published "an hour ago" like Fixtures.publish, so the newest story created is always the first in a feed.
        server.newsroom.articles.create(draft("Harbour rowing club wins the cup", "sport",
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(titles("/feed/")).first().isEqualTo("Harbour rowing club wins the cup");
        assertThat(titles("/category/sport/feed/atom/")).first().isEqualTo("Harbour rowing club wins the cup");
        assertThat(titles("/category/news/feed/")).doesNotContain("Harbour rowing club wins the cup");
    }

    @Test
    void editing_a_headline_changes_it_in_every_feed_and_keeps_the_atom_id() {
        long id = fixtures.publish("Council delays the tram vote", BODY);
        readAll(NEWS_FEEDS);
        String atomId = text(atomEntry("Council delays the tram vote"), ATOM, "id");
        Instant published = server.newsroom.articles.story(id).orElseThrow().publishedAt();
        server.newsroom.articles.update(id, draft("Council postpones the tram vote to March", "news", published));
        for (String path : NEWS_FEEDS) {
            assertThat(titles(path)).as(path).contains("Council postpones the tram vote to March")
                    .doesNotContain("Council delays the tram vote");
        }
        assertThat(text(atomEntry("Council postpones the tram vote to March"), ATOM, "id")).as("the slug changed, the id did not").isEqualTo(atomId);
    }

    @Test
    void unpublishing_a_story_takes_it_out_of_every_feed() {
        long id = fixtures.publish("Story the editors withdrew", BODY);
        readAll(NEWS_FEEDS);
        assertThat(titles("/feed/")).contains("Story the editors withdrew");
        server.newsroom.articles.unpublish(id);
        for (String path : NEWS_FEEDS) assertThat(titles(path)).as(path).doesNotContain("Story the editors withdrew");
    }
}
