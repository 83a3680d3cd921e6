package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.NEWS;
import static org.masthead.feeds.Xml.SITEMAP;
import static org.masthead.feeds.Xml.child;
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

/** Which stories the sitemaps and feeds show: the news sitemap only recent ones, nothing unpublished anywhere. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitemapSelectionTest {
    private static final String BODY = "One.\n\nTwo.\n\nThree.";
    private TestServer server;
    private Fixtures fixtures;
    private String base;

    @BeforeAll
    void start() {
        server = TestServer.empty();
        fixtures = new Fixtures(server.newsroom).basics();
        base = server.newsroom.settings.baseUrl();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private long create(String title, ArticleStatus status, Instant publishedAt, String tag) {
        return server.newsroom.articles.create(new ArticleDraft(title, "Standfirst.", "", BODY, "uk", "",
                List.of("ada-reporter"), List.of("news"), List.of(tag), null, List.of(), status, publishedAt));
    }

    private List<String> locs(String path) {
        return children(Xml.parse(server.get(path).body()), SITEMAP, "url").stream().map(u -> text(u, SITEMAP, "loc")).toList();
    }

    private String path(long id) {
        return server.newsroom.articles.story(id).orElseThrow().path();
    }

    @Test
    void news_sitemap_lists_only_stories_of_the_last_two_days_with_publication_language_date_and_title() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long fresh = create("Ферма на узбережжі відкрилася", ArticleStatus.PUBLISHED, now.minus(3, ChronoUnit.HOURS), "farms");
        long old = create("Last week's storm, counted", ArticleStatus.PUBLISHED, now.minus(5, ChronoUnit.DAYS), "storms");
        Element urlset = Xml.parse(server.get("/news-sitemap.xml").body());
        List<String> newsLocs = children(urlset, SITEMAP, "url").stream().map(u -> text(u, SITEMAP, "loc")).toList();
        assertThat(newsLocs).contains(base + path(fresh)).doesNotContain(base + path(old));
        Element news = children(urlset, SITEMAP, "url").stream()
                .filter(u -> text(u, SITEMAP, "loc").equals(base + path(fresh))).findFirst().map(u -> child(u, NEWS, "news"))
                .orElseThrow();
        Element publication = child(news, NEWS, "publication");
        assertThat(text(publication, NEWS, "name")).isEqualTo("Masthead");
        assertThat(text(publication, NEWS, "language")).isEqualTo("uk");
        assertThat(Instant.parse(text(news, NEWS, "publication_date"))).isEqualTo(now.minus(3, ChronoUnit.HOURS));
        assertThat(text(news, NEWS, "title")).isEqualTo("Ферма на узбережжі відкрилася");
        assertThat(locs("/sitemap.xml")).contains(base + path(fresh), base + path(old));
    }

    @Test
    void drafts_and_scheduled_stories_stay_out_of_sitemaps_and_feeds() {
        locs("/sitemap.xml"); // cached before the stories exist
        create("Embargoed merger story", ArticleStatus.DRAFT, null, "embargoed-merger");
        create("Tomorrow's scheduled story", ArticleStatus.SCHEDULED, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled-only");
        for (String path : List.of("/sitemap.xml", "/news-sitemap.xml", "/feed/", "/feed/atom/", "/tag/embargoed-merger/feed/")) {
            String body = server.get(path).body();
            Xml.parse(body);
            assertThat(body).as(path).doesNotContain("Embargoed merger story").doesNotContain("Tomorrow's scheduled story")
                    .doesNotContain("scheduled-only");
        }
        assertThat(locs("/sitemap.xml")).doesNotContain(base + "/tag/embargoed-merger/");
    }

    @Test
    void publishing_a_story_adds_it_to_both_sitemaps_at_once() {
        List<String> before = locs("/sitemap.xml");
        locs("/news-sitemap.xml");
        long id = fixtures.publish("Fresh from the newsroom", BODY);
        assertThat(before).doesNotContain(base + path(id));
        assertThat(locs("/sitemap.xml")).contains(base + path(id), base + "/tag/testing/", base + "/author/ada-reporter/");
        assertThat(locs("/news-sitemap.xml")).contains(base + path(id));
    }
}
