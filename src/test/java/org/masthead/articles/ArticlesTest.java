package org.masthead.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.testing.Fixtures.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;
import org.masthead.web.BadInput;

/** Writing, scheduling and publishing stories through the Articles API, checked in the database and on the page. */
class ArticlesTest {
    private static final List<String> TABLES =
            List.of("articles", "article_authors", "article_categories", "article_tags", "article_notes", "tags");
    private static final TestClock clock = TestClock.now();
    private static TestServer server;
    private static Fixtures fixtures;
    private static Articles articles;

    @BeforeAll
    static void start() {
        server = TestServer.empty(clock);
        fixtures = new Fixtures(server.newsroom).basics();
        articles = server.newsroom.articles;
        fixtures.reporter("Bea Byline");
        fixtures.reporter("Carl Column");
        fixtures.section("world", "World", null);
        fixtures.section("europe", "Europe", "world");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_story_address_is_made_from_its_headline() {
        Story story = story(fixtures.publish(article("Council Votes: Rename Zhdanov Street!")));

        assertThat(story.slug()).isEqualTo("council-votes-rename-zhdanov-street");
        assertThat(server.get(story.path()).statusCode()).isEqualTo(200);
    }

    @Test
    void cyrillic_headlines_are_transliterated_into_readable_addresses() {
        Story ukrainian = story(fixtures.publish(article("Київ готується до зими")));
        Story russian = story(fixtures.publish(article("Щедрый вечер в Москве")));

        assertThat(ukrainian.slug()).isEqualTo("kyyiv-hotuyetsya-do-zymy");
        assertThat(russian.slug()).isEqualTo("shchedryy-vecher-v-moskve");
        assertThat(server.page(ukrainian.path()).select("h1").text()).isEqualTo("Київ готується до зими");
    }

    @Test
    void two_stories_with_the_same_headline_get_different_addresses() {
        Story first = story(fixtures.publish(article("Budget vote delayed")));
        Story second = story(fixtures.publish(article("Budget vote delayed")));

        assertThat(first.slug()).isEqualTo("budget-vote-delayed");
        assertThat(second.slug()).isEqualTo("budget-vote-delayed-2");
        assertThat(server.page(second.path()).select("h1").text()).isEqualTo("Budget vote delayed");
    }

    @Test
    void a_slug_another_story_uses_is_refused_and_nothing_is_stored() {
        long existing = fixtures.publish(article("Harbour news").slug("harbour-news"));
        long other = fixtures.publish(article("Ropeworks to become flats").slug("ropeworks-flats"));
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> fixtures.publish(article("Another harbour story").slug("harbour-news")
                .tags("a-brand-new-tag").notes("A note")))
                .isInstanceOf(BadInput.class).hasMessageContaining("harbour-news");
        assertThatThrownBy(() -> articles.update(other, article("Ropeworks to become flats").slug("harbour-news")
                .publishedAt(story(other).publishedAt()).build()))
                .isInstanceOf(BadInput.class).hasMessageContaining("harbour-news");

        assertThat(rows()).isEqualTo(before);
        assertThat(story(existing).title()).isEqualTo("Harbour news");
        assertThat(story(other).slug()).isEqualTo("ropeworks-flats");
    }

    @Test
    void a_story_without_a_known_author_or_section_is_refused_and_nothing_is_stored() {
        fixtures.publish(article("Something to count"));
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> fixtures.publish(article("No author").authors()))
                .isInstanceOf(BadInput.class).hasMessageContaining("author");
        assertThatThrownBy(() -> fixtures.publish(article("Unknown author").authors("ada-reporter", "nobody-here")))
                .isInstanceOf(BadInput.class).hasMessageContaining("author");
        assertThatThrownBy(() -> fixtures.publish(article("Unknown section").sections("news", "no-such-section")))
                .isInstanceOf(BadInput.class).hasMessageContaining("no-such-section");

        assertThat(rows()).isEqualTo(before);
        assertThat(server.get("/").body()).doesNotContain("No author").doesNotContain("Unknown author")
                .doesNotContain("Unknown section");
    }

    @Test
    void a_story_refused_half_way_through_leaves_nothing_behind() {
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> fixtures.publish(article("Tagged too long").tags("harbour-tag-new", "x".repeat(201))))
                .isInstanceOf(BadInput.class).hasMessageContaining("tag");

        assertThat(rows()).isEqualTo(before);
        assertThat(server.get("/tag/harbour-tag-new/").statusCode()).isEqualTo(404);
    }

    @Test
    void an_overlong_editor_credit_is_refused_with_a_reason_and_nothing_is_stored() {
        fixtures.publish(article("Something else to count"));
        Map<String, Long> before = rows();

        assertThatThrownBy(() -> fixtures.publish(article("Edited at length").editor("E".repeat(201))))
                .isInstanceOf(BadInput.class).hasMessageContaining("editor");

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_scheduled_story_stays_hidden_until_its_time_comes_and_the_scheduler_runs() {
        Instant time = clock.instant().plus(2, ChronoUnit.HOURS);
        long id = fixtures.publish(article("Polls open at eight").status(ArticleStatus.SCHEDULED).publishedAt(time));
        String path = story(id).path();
        assertThat(server.get("/").statusCode()).isEqualTo(200); // the front page, cached without the story

        assertThat(articles.publishDue()).isZero();
        clock.advance(Duration.ofHours(2).minusSeconds(1));
        assertThat(articles.publishDue()).isZero();
        assertThat(articles.publishedStory(story(id).slug())).isEmpty();
        assertThat(server.get(path).statusCode()).isEqualTo(404);
        assertThat(server.get("/").body()).doesNotContain("Polls open at eight");

        clock.advance(Duration.ofSeconds(1));
        assertThat(server.get("/").body()).as("not yet: nothing has published it").doesNotContain("Polls open at eight");
        assertThat(articles.publishDue()).isEqualTo(1);

        assertThat(story(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(story(id).publishedAt()).isEqualTo(time);
        assertThat(server.page(path).select("h1").text()).isEqualTo("Polls open at eight");
        assertThat(server.page("/").select(".front__lead a[href=\"" + path + "\"]").text()).isEqualTo("Polls open at eight");
        assertThat(articles.publishDue()).isZero();
    }

    @Test
    void a_scheduled_story_published_late_after_a_restart_is_not_marked_updated() {
        Instant time = clock.instant().plus(1, ChronoUnit.HOURS);
        long id = fixtures.publish(article("Ferry fares rise in March").status(ArticleStatus.SCHEDULED).publishedAt(time));

        clock.advance(Duration.ofHours(4)); // the server was down when the story was due
        assertThat(articles.publishDue()).isEqualTo(1);

        Document page = server.page(story(id).path());
        assertThat(page.select(".story__dates time").first().attr("datetime")).isEqualTo(time.toString());
        assertThat(page.select(".story__updated")).as("nobody changed the story after it went out").isEmpty();
    }

    @Test
    void a_draft_is_never_shown_to_readers() {
        long id = articles.create(article("Unfinished investigation").status(ArticleStatus.DRAFT)
                .slug("unfinished-investigation").build());

        assertThat(story(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(articles.publishedStory("unfinished-investigation")).isEmpty();
        assertThat(articles.publishDue()).isZero();
        for (String page : new String[] {"/", "/category/news/", "/tag/testing/", "/author/ada-reporter/"}) {
            assertThat(server.get(page).body()).as(page).doesNotContain("Unfinished investigation");
        }
    }

    @Test
    void the_address_carries_the_utc_publication_date() {
        Instant late = Instant.parse("2025-03-05T23:30:00Z");
        String path = story(fixtures.publish(article("Late night vote on the harbour").publishedAt(late))).path();

        assertThat(path).isEqualTo("/2025/03/05/late-night-vote-on-the-harbour/");
        Document page = server.page(path);
        assertThat(page.select(".story__dates time").first().attr("datetime")).isEqualTo("2025-03-05T23:30:00Z");
        assertThat(page.select(".story__dates time").first().text()).isEqualTo("5 March 2025, 23:30 UTC");
        assertThat(server.page("/2025/03/05/").select(".teaser__headline a").eachAttr("href")).containsExactly(path);
        assertThat(server.page("/2025/03/06/").select(".teaser__headline a")).isEmpty();
    }

    @Test
    void corrections_and_update_notes_appear_under_the_story_in_the_order_written() {
        String path = story(fixtures.publish(article("Tram extension delayed again").notes(
                "Correction: An earlier version misstated the length of the extension. It is 3.2 km, not 4.2 km.",
                "Update: The council answered our questions on 5 October."))).path();

        assertThat(server.page(path).select(".story__notes p").eachText()).containsExactly(
                "Correction: An earlier version misstated the length of the extension. It is 3.2 km, not 4.2 km.",
                "Update: The council answered our questions on 5 October.");
        assertThat(server.page(story(fixtures.publish(article("A story without notes"))).path())
                .select(".story__notes")).isEmpty();
    }

    @Test
    void updated_is_shown_only_when_a_story_changes_more_than_ten_minutes_after_publication() {
        Instant published = clock.instant();
        var draft = article("Storm barrier closes for the first time").publishedAt(published);
        long id = articles.create(draft.build());
        String path = story(id).path();
        assertThat(server.page(path).select(".story__updated")).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        articles.update(id, draft.body("A typo fixed five minutes later.").build());
        assertThat(server.page(path).select(".story__updated")).as("a typo fix is not an update").isEmpty();

        clock.advance(Duration.ofMinutes(20));
        articles.update(id, draft.body("The barrier reopened in the afternoon.").build());
        Document page = server.page(path);
        assertThat(page.select(".story__updated").text()).startsWith("· Updated");
        assertThat(page.select(".story__updated time").attr("datetime"))
                .isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(page.select(".story__body").text()).isEqualTo("The barrier reopened in the afternoon.");
    }

    @Test
    void authors_are_named_in_the_order_the_desk_gave_them() {
        String two = story(fixtures.publish(article("Two bylines").authors("carl-column", "ada-reporter"))).path();
        String three = story(fixtures.publish(article("Three bylines")
                .authors("bea-byline", "carl-column", "ada-reporter"))).path();

        assertThat(server.page(two).select(".story__byline").text()).isEqualTo("By Carl Column and Ada Reporter");
        assertThat(server.page(two).select(".story__byline a").eachAttr("href"))
                .containsExactly("/author/carl-column/", "/author/ada-reporter/");
        assertThat(server.page(three).select(".story__byline").text())
                .isEqualTo("By Bea Byline, Carl Column and Ada Reporter");
        assertThat(server.page("/author/carl-column/").select(".teaser__headline a").eachText())
                .contains("Two bylines", "Three bylines");
    }

    @Test
    void a_story_in_a_subsection_is_listed_on_the_parent_section_page_too() {
        String path = story(fixtures.publish(article("Baltic ferry strike ends").sections("europe"))).path();

        assertThat(server.page("/category/world/").select(".teaser__headline a").eachAttr("href")).contains(path);
        assertThat(server.page("/category/europe/").select(".teaser__headline a").eachAttr("href")).contains(path);
        assertThat(server.page("/category/news/").select(".teaser__headline a").eachAttr("href")).doesNotContain(path);
        assertThat(server.page("/category/europe/").select(".kicker").first().text()).isEqualTo("World");
        assertThat(server.page(path).select(".story__sections a").eachText()).containsExactly("Europe");
    }

    private static Story story(long id) {
        return articles.story(id).orElseThrow();
    }

    private static Map<String, Long> rows() {
        Map<String, Long> counts = new LinkedHashMap<>();
        server.newsroom.database.jdbi().useHandle(h -> TABLES.forEach(table ->
                counts.put(table, h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one())));
        return counts;
    }
}
