package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.ATOM;
import static org.masthead.feeds.Xml.child;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

class AtomFeedTest {
    private final TestServer server = TestServer.demo();
    private final String base = server.newsroom.settings.baseUrl();

    private Element feed(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
        Element feed = Xml.parse(response.body());
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        return feed;
    }

    private static Element link(Element parent, String rel) {
        return children(parent, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals(rel)).findFirst()
                .orElseThrow(() -> new AssertionError("no link rel=" + rel));
    }

    /** RFC 3339 requires the offset; OffsetDateTime.parse refuses a timestamp without one. */
    private static Instant rfc3339(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    @Test
    void site_feed_has_id_title_updated_self_and_alternate_links() {
        Element feed = feed("/feed/atom/");
        assertThat(text(feed, ATOM, "id")).isEqualTo(base + "/feed/atom/");
        assertThat(text(feed, ATOM, "title")).isEqualTo("The Lantern");
        assertThat(text(feed, ATOM, "subtitle")).isNotBlank();
        assertThat(text(feed, ATOM, "generator")).isEqualTo("Masthead");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        assertThat(link(feed, "self").getAttribute("href")).isEqualTo(base + "/feed/atom/");
        assertThat(link(feed, "self").getAttribute("type")).isEqualTo("application/atom+xml");
        assertThat(link(feed, "alternate").getAttribute("href")).isEqualTo(base + "/");
        Instant newest = children(feed, ATOM, "entry").stream().map(e -> rfc3339(text(e, ATOM, "updated")))
                .max(Instant::compareTo).orElseThrow();
        assertThat(rfc3339(text(feed, ATOM, "updated"))).isEqualTo(newest);
    }

    @Test
    void every_entry_is_complete_with_stable_unique_ids_and_rfc3339_dates() {
        List<Element> entries = children(feed("/feed/atom/"), ATOM, "entry");
        assertThat(entries).hasSize(20);
        Set<String> ids = new HashSet<>();
        for (Element entry : entries) {
            String title = text(entry, ATOM, "title");
            assertThat(title).isNotBlank();
            assertThat(ids.add(text(entry, ATOM, "id"))).as("unique id").isTrue();
            assertThat(text(entry, ATOM, "id")).matches("tag:localhost,\\d{4}-\\d\\d-\\d\\d:article/\\d+");
            String href = link(entry, "alternate").getAttribute("href");
            assertThat(href).startsWith(base + "/20");
            Instant published = rfc3339(text(entry, ATOM, "published"));
            assertThat(rfc3339(text(entry, ATOM, "updated"))).isAfterOrEqualTo(published);
            assertThat(href).contains(java.time.format.DateTimeFormatter.ofPattern("/yyyy/MM/dd/")
                    .withZone(java.time.ZoneOffset.UTC).format(published));
            List<Element> authors = children(entry, ATOM, "author");
            assertThat(authors).as(title).isNotEmpty().allSatisfy(a -> {
                assertThat(text(a, ATOM, "name")).isNotBlank();
                assertThat(text(a, ATOM, "uri")).startsWith(base + "/author/");
            });
            assertThat(children(entry, ATOM, "category")).as(title)
                    .anySatisfy(c -> assertThat(c.getAttribute("scheme")).isEqualTo(base + "/category/"))
                    .allSatisfy(c -> assertThat(c.getAttribute("term")).matches("[a-z0-9-]+"));
            assertThat(child(entry, ATOM, "summary").getAttribute("type")).isEqualTo("text");
            assertThat(text(entry, ATOM, "summary")).isNotBlank();
            Element content = child(entry, ATOM, "content");
            assertThat(content.getAttribute("type")).isEqualTo("html");
            assertThat(Jsoup.parseBodyFragment(content.getTextContent()).select("p")).hasSizeGreaterThan(2);
        }
    }

    @Test
    void atom_and_rss_feeds_list_the_same_stories_in_the_same_order() {
        List<String> atomLinks = children(feed("/feed/atom/"), ATOM, "entry").stream()
                .map(e -> link(e, "alternate").getAttribute("href")).toList();
        Element rss = Xml.child(Xml.parse(server.get("/feed/").body()), null, "channel");
        assertThat(children(rss, null, "item").stream().map(i -> text(i, null, "link")).toList()).isEqualTo(atomLinks);
    }
}
