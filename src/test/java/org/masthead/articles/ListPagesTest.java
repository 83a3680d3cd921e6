package org.masthead.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Fixtures.article;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** The front page and the lists of stories: sections, tags, authors and the date archive, page by page. */
class ListPagesTest {
    private static final int PAGE_SIZE = 12;
    private static final int LONG_LIST = 25;
    private final TestServer demo = TestServer.demo();
    private static TestServer busy;
    private static final List<String> busyPaths = new ArrayList<>();

    /** A newsroom where one reporter has filed 25 stories in one section under one tag. */
    @BeforeAll
    static void fillABusyNewsroom() {
        busy = TestServer.empty();
        Fixtures fixtures = new Fixtures(busy.newsroom).basics();
        fixtures.reporter("Pat Pager");
        fixtures.section("desk", "Desk", null);
        Instant first = Instant.parse("2026-01-01T08:00:00Z");
        for (int i = 0; i < LONG_LIST; i++) {
            long id = fixtures.publish(article("Dispatch number " + (i + 1)).authors("pat-pager").sections("desk")
                    .tags("longread").publishedAt(first.plus(Duration.ofMinutes(10L * i))));
            busyPaths.addFirst(busy.newsroom.articles.story(id).orElseThrow().path());
        }
    }

    @AfterAll
    static void closeTheBusyNewsroom() {
        busy.close();
    }

    @Test
    void the_front_page_leads_with_the_newest_story_then_the_latest_then_a_block_per_section() {
        Document home = demo.page("/");

        assertThat(home.select(".front__lead .teaser")).hasSize(1);
        List<Element> latest = home.select(".front__latest .teaser");
        assertThat(latest).hasSize(6);
        List<String> dates = new ArrayList<>(home.select(".front__lead time").eachAttr("datetime"));
        dates.addAll(home.select(".front__latest time").eachAttr("datetime"));
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(dates.getFirst()).isGreaterThanOrEqualTo(datesOf(allPages(demo, "/2026/")).getFirst());

        List<String> sections = home.select(".sections-nav a").eachText();
        assertThat(sections.removeFirst()).isEqualTo("Home");
        assertThat(home.select(".section-block h2 a").eachText()).isEqualTo(sections);
        for (Element block : home.select(".section-block")) {
            String sectionPath = block.select("h2 a").attr("href");
            List<String> stories = block.select(".teaser__headline a").eachAttr("href");
            assertThat(stories).as(sectionPath).isNotEmpty().hasSizeLessThanOrEqualTo(4);
            assertThat(linksOf(allPages(demo, sectionPath))).as(sectionPath).startsWith(stories.toArray(String[]::new));
        }
    }

    @Test
    void the_year_archive_pages_through_every_story_newest_first() {
        List<Document> pages = allPages(demo, "/2026/");

        assertThat(pages).hasSizeGreaterThan(1);
        assertPagedCorrectly(demo, "/2026/", pages);
        assertThat(datesOf(pages)).allMatch(d -> d.startsWith("2026-")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(linksOf(pages)).doesNotHaveDuplicates();
    }

    @Test
    void a_month_archive_lists_exactly_the_stories_of_that_month() {
        List<Document> year = allPages(demo, "/2026/");
        List<Document> november = allPages(demo, "/2026/11/");

        assertThat(datesOf(november)).isNotEmpty().allMatch(d -> d.startsWith("2026-11-"));
        assertThat(linksOf(november)).isEqualTo(linksFrom(year, "2026-11-"));
        assertThat(linksOf(allPages(demo, "/2026/10/"))).isEqualTo(linksFrom(year, "2026-10-"));
        assertThat(november.getFirst().select("h1").text()).isEqualTo("November 2026");
        assertPagedCorrectly(demo, "/2026/11/", november);
    }

    @Test
    void a_day_archive_lists_exactly_the_stories_of_that_day() {
        List<Document> year = allPages(demo, "/2026/");
        List<Document> day = allPages(demo, "/2026/11/24/");

        assertThat(datesOf(day)).isNotEmpty().allMatch(d -> d.startsWith("2026-11-24T"));
        assertThat(linksOf(day)).isEqualTo(linksFrom(year, "2026-11-24T"));
        assertThat(linksOf(day)).allMatch(path -> path.startsWith("/2026/11/24/"));
        assertThat(day.getFirst().select("h1").text()).isEqualTo("24 November 2026");
        assertThat(demo.page("/2026/11/23/").select(".teaser")).isEmpty();
    }

    @Test
    void an_author_page_lists_that_author_stories_and_no_one_else_s() {
        List<Document> pages = allPages(demo, "/author/mara-voss/");
        List<String> byMara = new ArrayList<>();
        for (Document page : allPages(demo, "/2026/")) {
            for (Element teaser : page.select(".grid .teaser")) {
                if (teaser.select(".teaser__meta").text().contains("Mara Voss")) {
                    byMara.add(teaser.select(".teaser__headline a").attr("href"));
                }
            }
        }

        assertThat(pages.getFirst().select("h1").text()).isEqualTo("Mara Voss");
        assertThat(pages.getFirst().select(".list-header__description").text()).contains("city hall");
        assertThat(pages.stream().flatMap(p -> p.select(".grid .teaser .teaser__meta").eachText().stream()))
                .isNotEmpty().allMatch(byline -> byline.contains("Mara Voss"));
        assertThat(linksOf(pages)).isNotEmpty().isEqualTo(byMara);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/category/desk/", "/tag/longread/", "/author/pat-pager/", "/2026/01/01/"})
    void a_long_list_is_split_into_pages_of_twelve_linked_by_next_and_previous(String path) {
        List<Document> pages = allPages(busy, path);

        assertThat(pages).hasSize(3);
        assertPagedCorrectly(busy, path, pages);
        assertThat(pages.get(1).select("link[rel=canonical]").attr("href")).endsWith(path);
        assertThat(linksOf(pages)).isEqualTo(busyPaths);
    }

    @Test
    void pages_past_the_end_answer_404_and_nonsense_page_numbers_400() {
        assertThat(busy.get("/category/desk/?page=3").statusCode()).isEqualTo(200);
        assertThat(busy.get("/category/desk/?page=4").statusCode()).isEqualTo(404);
        assertThat(busy.get("/tag/longread/?page=4").statusCode()).isEqualTo(404);
        assertThat(busy.get("/author/pat-pager/?page=4").statusCode()).isEqualTo(404);
        assertThat(demo.get("/2026/11/?page=99").statusCode()).isEqualTo(404);
        assertThat(demo.get("/2026/11/?page=two").statusCode()).isEqualTo(400);
        assertThat(demo.get("/2026/11/?page=1.5").statusCode()).isEqualTo(400);
    }

    /** Every page but the last is full, each links to its neighbours, and the page after the last is a 404. */
    private static void assertPagedCorrectly(TestServer server, String path, List<Document> pages) {
        int last = pages.size();
        for (int n = 1; n <= last; n++) {
            Document page = pages.get(n - 1);
            String where = path + " page " + n;
            if (n < last) assertThat(page.select(".grid .teaser")).as(where).hasSize(PAGE_SIZE);
            else assertThat(page.select(".grid .teaser")).as(where).hasSizeBetween(1, PAGE_SIZE);
            assertThat(page.select(".pagination__position").text()).as(where).isEqualTo("Page " + n + " of " + last);
            assertThat(page.select("a[rel=prev]").eachAttr("href")).as(where)
                    .isEqualTo(n == 1 ? List.of() : List.of(n == 2 ? path : path + "?page=" + (n - 1)));
            assertThat(page.select("a[rel=next]").eachAttr("href")).as(where)
                    .isEqualTo(n == last ? List.of() : List.of(path + "?page=" + (n + 1)));
        }
        assertThat(server.get(path + "?page=" + (last + 1)).statusCode()).as(path + " past the end").isEqualTo(404);
    }

    /** The list at {@code path} and every page its "next" links lead to. */
    private static List<Document> allPages(TestServer server, String path) {
        List<Document> pages = new ArrayList<>();
        for (String next = path; next != null && pages.size() < 20; ) {
            HttpResponse<String> response = server.get(next);
            assertThat(response.statusCode()).as(next).isEqualTo(200);
            Document page = Jsoup.parse(response.body(), server.url(next));
            pages.add(page);
            Element link = page.selectFirst("a[rel=next]");
            next = link == null ? null : link.attr("href");
        }
        return pages;
    }

    private static List<String> linksOf(List<Document> pages) {
        return pages.stream().flatMap(p -> p.select(".grid .teaser__headline a").eachAttr("href").stream()).toList();
    }

    private static List<String> datesOf(List<Document> pages) {
        return pages.stream().flatMap(p -> p.select(".grid .teaser__meta time").eachAttr("datetime").stream()).toList();
    }

    /** The stories among {@code pages} published at a time starting with {@code prefix}, in list order. */
    private static List<String> linksFrom(List<Document> pages, String prefix) {
        List<String> links = new ArrayList<>();
        for (Document page : pages) {
            for (Element teaser : page.select(".grid .teaser")) {
                if (teaser.select(".teaser__meta time").attr("datetime").startsWith(prefix)) {
                    links.add(teaser.select(".teaser__headline a").attr("href"));
                }
            }
        }
        return links;
    }
}
