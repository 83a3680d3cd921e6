package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.ATOM;
import static org.masthead.feeds.Xml.CONTENT;
import static org.masthead.feeds.Xml.DC;
import static org.masthead.feeds.Xml.NEWS;
import static org.masthead.feeds.Xml.SITEMAP;
import static org.masthead.feeds.Xml.child;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;
import static org.masthead.feeds.Xml.texts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleDraft;
import org.masthead.articles.ArticleStatus;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

/** Text that looks like markup, or that XML cannot hold, comes out escaped and the documents stay well-formed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextTest {
    private static final String SITE = "Tom & Jerry's <News>";
    private static final String SECTION = "Arts & \"Crafts\" <b>";
    private static final String AUTHOR = "Eve \"<O'Neil>\" & Sons";
    private static final String TAG = "R&D <lab>";
    // U+0001 is not allowed anywhere in an XML 1.0 document; it is dropped rather than breaking the feed.
    private static final String TITLE = "Ministers <script>alert('x')</script> & \"friends\" ]]> \u0001rang";
    private static final String TITLE_AS_READ = "Ministers <script>alert('x')</script> & \"friends\" ]]> rang";
    private static final String DEK = "Fish & chips <b>not bold</b> ]]>";
    private static final String BODY = """
            A paragraph with <script>alert(1)</script> inline, a [bad link](javascript:alert(1)) and
            a [relative link](/2026/01/01/elsewhere/) & an ampersand ]]> too.

            <img src=x onerror="alert(2)">

            A third paragraph.""";
    private TestServer server;
    private String base;
    private String sectionSlug;

    @BeforeAll
    void start() {
        server = TestServer.empty();
        base = server.newsroom.settings.baseUrl();
        var newsroom = server.newsroom;
        newsroom.site.update(Map.of("site.name", SITE));
        sectionSlug = newsroom.taxonomy.addSection(null, SECTION, null, "").slug();
        String author = newsroom.staff.add("eve@example.org", AUTHOR, Role.AUTHOR, null, "").slug();
        newsroom.articles.create(new ArticleDraft(TITLE, DEK, "", BODY, "en", "", List.of(author), List.of(sectionSlug),
                List.of(TAG), null, List.of(), ArticleStatus.PUBLISHED,
                Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private void assertSafeBody(String html) {
        Document body = Jsoup.parseBodyFragment(html);
        assertThat(body.select("script, img[onerror]")).isEmpty();
        assertThat(body.select("a[href^=javascript]")).isEmpty();
        assertThat(body.select("a").eachAttr("href")).contains(base + "/2026/01/01/elsewhere/");
        assertThat(body.text()).contains("& an ampersand ]]> too");
    }

    @Test
    void rss_feeds_carry_markup_like_text_as_text() {
        for (String path : List.of("/feed/", "/category/" + sectionSlug + "/feed/")) {
            String raw = server.get(path).body();
            assertThat(raw).as(path).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\u0001");
            Element channel = child(Xml.parse(raw), null, "channel");
            assertThat(text(channel, null, "title")).startsWith(SITE);
            Element item = child(channel, null, "item");
            assertThat(text(item, null, "title")).isEqualTo(TITLE_AS_READ);
            assertThat(text(item, null, "description")).isEqualTo(DEK);
            assertThat(texts(item, DC, "creator")).containsExactly(AUTHOR);
            assertThat(texts(item, null, "category")).containsExactly(SECTION, TAG);
            assertSafeBody(text(item, CONTENT, "encoded"));
        }
        assertThat(text(child(Xml.parse(server.get("/category/" + sectionSlug + "/feed/").body()), null, "channel"),
                null, "title")).isEqualTo(SITE + " – " + SECTION);
    }

    @Test
    void atom_feeds_carry_markup_like_text_as_text() {
        Element feed = Xml.parse(server.get("/tag/r-d-lab/feed/atom/").body());
        assertThat(text(feed, ATOM, "title")).isEqualTo(SITE + " – " + TAG);
        Element entry = child(feed, ATOM, "entry");
        assertThat(text(entry, ATOM, "title")).isEqualTo(TITLE_AS_READ);
        assertThat(text(entry, ATOM, "summary")).isEqualTo(DEK);
        assertThat(text(child(entry, ATOM, "author"), ATOM, "name")).isEqualTo(AUTHOR);
        assertThat(children(entry, ATOM, "category").stream().map(c -> c.getAttribute("label")))
                .containsExactly(SECTION, TAG);
        assertSafeBody(text(entry, ATOM, "content"));
    }

    @Test
    void sitemaps_stay_well_formed_around_markup_like_headlines() {
        Element urlset = Xml.parse(server.get("/sitemap.xml").body());
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        Element news = Xml.parse(server.get("/news-sitemap.xml").body());
        Element story = child(child(news, SITEMAP, "url"), NEWS, "news");
        assertThat(text(story, NEWS, "title")).isEqualTo(TITLE_AS_READ);
        assertThat(text(child(story, NEWS, "publication"), NEWS, "name")).isEqualTo(SITE);
    }
}
