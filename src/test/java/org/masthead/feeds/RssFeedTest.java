package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.ATOM;
import static org.masthead.feeds.Xml.CONTENT;
import static org.masthead.feeds.Xml.DC;
import static org.masthead.feeds.Xml.child;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;
import static org.masthead.feeds.Xml.texts;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

class RssFeedTest {
    private final TestServer server = TestServer.demo();
    private final String base = server.newsroom.settings.baseUrl();

    private Element channel(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        Element rss = Xml.parse(response.body());
        assertThat(rss.getTagName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        return child(rss, null, "channel");
    }

    private static Instant rfc822(String date) {
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void site_feed_describes_its_channel_and_points_to_itself() {
        Element channel = channel("/feed/");
        assertThat(text(channel, null, "title")).isEqualTo("The Lantern");
        assertThat(text(channel, null, "link")).isEqualTo(base + "/");
        assertThat(text(channel, null, "description")).startsWith("Independent news from Saltmarsh");
        assertThat(text(channel, null, "language")).isEqualTo("en");
        assertThat(text(channel, null, "generator")).isEqualTo("Masthead");
        Element self = child(channel, ATOM, "link");
        assertThat(self.getAttribute("rel")).isEqualTo("self");
        assertThat(self.getAttribute("href")).isEqualTo(base + "/feed/");
        assertThat(self.getAttribute("type")).isEqualTo("application/rss+xml");
        Instant lastBuild = rfc822(text(channel, null, "lastBuildDate"));
        Instant newest = children(channel, null, "item").stream()
                .map(item -> Instant.parse(text(item, ATOM, "updated"))).max(Instant::compareTo).orElseThrow();
        assertThat(lastBuild).isEqualTo(newest);
    }

    @Test
    void site_feed_holds_the_latest_twenty_stories_newest_first_each_complete() {
        List<Element> items = children(channel("/feed/"), null, "item");
        assertThat(items).hasSize(20);
        Instant previous = Instant.MAX;
        for (Element item : items) {
            String title = text(item, null, "title");
            assertThat(title).isNotBlank();
            String link = text(item, null, "link");
            assertThat(URI.create(link).isAbsolute()).as(link).isTrue();
            assertThat(link).startsWith(base + "/20");
            Element guid = child(item, null, "guid");
            assertThat(guid.getAttribute("isPermaLink")).isEqualTo("true");
            assertThat(guid.getTextContent()).isEqualTo(link);
            Instant published = rfc822(text(item, null, "pubDate"));
            assertThat(published).isBeforeOrEqualTo(previous);
            previous = published;
            assertThat(Instant.parse(text(item, ATOM, "updated"))).isAfterOrEqualTo(published);
            assertThat(texts(item, DC, "creator")).as(title).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
            assertThat(children(item, null, "category")).as(title)
                    .anySatisfy(c -> assertThat(c.getAttribute("domain")).isEqualTo(base + "/category/"))
                    .anySatisfy(c -> assertThat(c.getAttribute("domain")).isEqualTo(base + "/tag/"));
            assertThat(text(item, null, "description")).as(title).isNotBlank();
            var body = Jsoup.parseBodyFragment(text(item, CONTENT, "encoded"));
            assertThat(body.select("p")).as(title).hasSizeGreaterThan(2);
            assertThat(body.select("figure img").attr("src")).startsWith(base + "/media/");
            assertThat(body.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).matches("(https?|mailto):.*"));
        }
    }

    @Test
    void item_links_lead_to_the_story_they_name() {
        for (Element item : children(channel("/feed/"), null, "item")) {
            String link = text(item, null, "link");
            HttpResponse<String> page = server.get(link.substring(base.length()));
            assertThat(page.statusCode()).as(link).isEqualTo(200);
            assertThat(Jsoup.parse(page.body()).select("h1.story__headline").text()).isEqualTo(text(item, null, "title"));
        }
    }

    @Test
    void feed_is_served_from_the_cache_with_validators_for_conditional_requests() {
        HttpResponse<String> first = server.get("/feed/");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(server.get("/feed/", java.util.Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
    }
}
