package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.ATOM;
import static org.masthead.feeds.Xml.DC;
import static org.masthead.feeds.Xml.child;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;
import static org.masthead.feeds.Xml.texts;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

/** Section, tag and author feeds on the demo newsroom, and the addresses they share with other pages. */
class ScopedFeedsTest {
    private final TestServer server = TestServer.demo();
    private final String base = server.newsroom.settings.baseUrl();

    private List<Element> atomEntries(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return children(Xml.parse(response.body()), ATOM, "entry");
    }

    private List<String> terms(Element entry, String scheme) {
        return children(entry, ATOM, "category").stream().filter(c -> c.getAttribute("scheme").equals(base + scheme))
                .map(c -> c.getAttribute("term")).toList();
    }

    /** The entry's own address (its rel="alternate" link; rel="replies" points to its comments). */
    private static String href(Element entry) {
        return children(entry, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals("alternate"))
                .findFirst().orElseThrow().getAttribute("href");
    }

    /** The stories a list page shows, as absolute addresses, newest first. */
    private List<String> listedOn(String page) {
        return Jsoup.parse(server.get(page).body()).select(".teaser__headline a").stream()
                .map(a -> base + a.attr("href")).toList();
    }

    @Test
    void section_feed_holds_only_that_sections_stories_including_its_subsections() {
        List<Element> entries = atomEntries("/category/international/feed/atom/");
        Set<String> family = Set.of("international", "europe", "americas");
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(terms(e, "/category/")).containsAnyElementsOf(family));
        assertThat(entries).as("a story filed only under a subsection")
                .anySatisfy(e -> assertThat(terms(e, "/category/")).doesNotContain("international"));
        List<String> links = entries.stream().map(ScopedFeedsTest::href).toList();
        List<String> sectionPage = listedOn("/category/international/");
        assertThat(links.subList(0, sectionPage.size())).isEqualTo(sectionPage);
        List<String> elsewhere = atomEntries("/feed/atom/").stream()
                .filter(e -> java.util.Collections.disjoint(terms(e, "/category/"), family))
                .map(ScopedFeedsTest::href).toList();
        assertThat(elsewhere).as("site stories from other sections").isNotEmpty();
        assertThat(links).doesNotContainAnyElementsOf(elsewhere);
    }

    @Test
    void section_rss_feed_names_its_section_and_points_to_itself() {
        Element channel = child(Xml.parse(server.get("/category/europe/feed/").body()), null, "channel");
        assertThat(text(channel, null, "title")).isEqualTo("The Lantern – Europe");
        assertThat(text(channel, null, "link")).isEqualTo(base + "/category/europe/");
        assertThat(child(channel, ATOM, "link").getAttribute("href")).isEqualTo(base + "/category/europe/feed/");
        assertThat(children(channel, null, "item")).isNotEmpty().allSatisfy(item -> assertThat(
                children(item, null, "category").stream().map(Element::getTextContent)).contains("Europe"));
    }

    @Test
    void tag_feed_holds_exactly_the_stories_of_the_tag_page() {
        List<Element> entries = atomEntries("/tag/stalin/feed/atom/");
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(terms(e, "/tag/")).contains("stalin"));
        assertThat(entries.stream().map(ScopedFeedsTest::href).toList()).isEqualTo(listedOn("/tag/stalin/"));
    }

    @Test
    void author_feed_holds_exactly_the_stories_bylined_by_that_author() {
        Element channel = child(Xml.parse(server.get("/author/mara-voss/feed/").body()), null, "channel");
        assertThat(text(channel, null, "title")).isEqualTo("The Lantern – Mara Voss");
        List<Element> items = children(channel, null, "item");
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(texts(item, DC, "creator")).contains("Mara Voss"));
        assertThat(items.stream().map(i -> text(i, null, "link")).toList()).isEqualTo(listedOn("/author/mara-voss/"));
        assertThat(atomEntries("/author/mara-voss/feed/atom/")).hasSameSizeAs(items);
    }

    @Test
    void feeds_of_unknown_sections_tags_and_authors_answer_404() {
        for (String path : new String[] {"/category/no-such-section/feed/", "/category/no-such-section/feed/atom/",
            "/tag/no-such-tag/feed/", "/tag/no-such-tag/feed/atom/", "/author/nobody/feed/", "/author/nobody/feed/atom/"}) {
            HttpResponse<String> response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found");
        }
    }

    @Test
    void feed_addresses_are_not_taken_by_the_date_archive_or_list_pages() {
        for (String path : new String[] {"/feed/", "/category/europe/feed/", "/tag/stalin/feed/", "/author/june-park/feed/"}) {
            assertThat(server.get(path).headers().firstValue("Content-Type")).as(path)
                    .hasValue("application/rss+xml; charset=utf-8");
            assertThat(server.get(path + "atom/").headers().firstValue("Content-Type")).as(path + "atom/")
                    .hasValue("application/atom+xml; charset=utf-8");
        }
        HttpResponse<String> withoutSlash = server.get("/feed/atom");
        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValue("/feed/atom/");
    }
}
