package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.SITEMAP;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.articles.Listing;
import org.masthead.articles.Teaser;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

/** /sitemap.xml and /robots.txt on the demo newsroom. */
class SitemapTest {
    private final TestServer server = TestServer.demo();
    private final String base = server.newsroom.settings.baseUrl();

    /** Each address in the sitemap with its lastmod ("" when it has none). */
    private Map<String, String> sitemap() {
        HttpResponse<String> response = server.get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
        Element urlset = Xml.parse(response.body());
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP);
        List<Element> urls = children(urlset, SITEMAP, "url");
        Map<String, String> byLoc = urls.stream().collect(Collectors.toMap(u -> text(u, SITEMAP, "loc"),
                u -> children(u, SITEMAP, "lastmod").stream().map(Element::getTextContent).findFirst().orElse("")));
        assertThat(byLoc).as("no address twice").hasSameSizeAs(urls);
        return byLoc;
    }

    @Test
    void sitemap_lists_every_published_story_with_its_last_change() {
        Map<String, String> sitemap = sitemap();
        List<Teaser> published = server.newsroom.lists.page(Listing.all(), 1, 1000).items();
        assertThat(published).hasSizeGreaterThan(20);
        for (Teaser story : published) {
            String lastmod = sitemap.get(base + story.path());
            assertThat(lastmod).as(story.path()).isNotNull().isNotEmpty();
            Instant changed = story.updatedAt().isAfter(story.publishedAt()) ? story.updatedAt() : story.publishedAt();
            assertThat(Instant.parse(lastmod)).as(story.path()).isEqualTo(changed);
        }
        assertThat(sitemap.keySet().stream().filter(loc -> loc.startsWith(base + "/20"))).hasSameSizeAs(published);
    }

    @Test
    void sitemap_lists_home_every_section_and_the_tags_and_authors_of_published_stories() {
        Map<String, String> sitemap = sitemap();
        assertThat(sitemap).containsKey(base + "/");
        assertThat(Instant.parse(sitemap.get(base + "/"))).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
        server.newsroom.taxonomy.sections().forEach(s -> assertThat(sitemap).containsKey(base + s.path()));
        assertThat(sitemap).containsKeys(base + "/tag/stalin/", base + "/author/mara-voss/", base + "/author/june-park/");
    }

    @Test
    void every_address_in_the_sitemap_answers_200() {
        for (String loc : sitemap().keySet()) {
            assertThat(loc).startsWith(base + "/");
            assertThat(server.get(loc.substring(base.length())).statusCode()).as(loc).isEqualTo(200);
        }
    }

    @Test
    void robots_txt_allows_everything_and_names_both_sitemaps_by_absolute_address() {
        HttpResponse<String> response = server.get("/robots.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualTo("text/plain;charset=utf-8"); // Jetty writes its well-known types without the space
        List<String> lines = response.body().lines().toList();
        assertThat(lines).contains("User-agent: *", "Allow: /", "Sitemap: " + base + "/sitemap.xml",
                "Sitemap: " + base + "/news-sitemap.xml");
        assertThat(lines).noneMatch(l -> l.startsWith("Disallow: /"));
        assertThat(server.get("/news-sitemap.xml").statusCode()).isEqualTo(200);
    }
}
