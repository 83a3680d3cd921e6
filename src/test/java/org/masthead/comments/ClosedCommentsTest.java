package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.articles.CommentsMode;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** Discussions an editor closed or hid, that closed by themselves after N days, and comments readers must not see. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedCommentsTest {
    private final TestClock clock = TestClock.startingNow();
    private final TestServer server = TestServer.empty(clock);
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final Browser reader = new Browser(server);

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void aFreshMinute() {
        clock.advance(Duration.ofMinutes(2));
    }

    @AfterEach
    void openForever() {
        server.newsroom.site.update(Map.of("comments.close-after-days", "0"));
    }

    private HttpResponse<String> post(long article, String text) {
        return reader.comment(article, null, "Ada", "ada@example.org", text);
    }

    private Document page(long article) {
        return reader.page(fixtures.path(article));
    }

    private static boolean showsForm(Document page) {
        return !page.select("#comments form.comment-form").isEmpty();
    }

    @Test
    void a_closed_discussion_shows_its_comments_without_a_form_and_refuses_new_ones() {
        long article = fixtures.publish("Closed", "Body");
        long earlier = fixtures.comment(article, null, "Walter", "Said before closing");
        assertThat(showsForm(page(article))).isTrue();
        server.newsroom.articles.setCommentsMode(article, CommentsMode.CLOSED);

        Document page = page(article);
        assertThat(showsForm(page)).isFalse();
        assertThat(page.select(".comments__closed").text()).isEqualTo("Comments on this article are closed.");
        assertThat(page.getElementById("comment-" + earlier)).isNotNull();
        int stored = fixtures.storedComments();
        HttpResponse<String> refused = post(article, "Too late?");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).select(".form-error").text()).isEqualTo("Comments on this article are closed.");
        assertThat(fixtures.storedComments()).isEqualTo(stored);
    }

    @Test
    void a_hidden_discussion_shows_nothing_and_refuses_new_comments() {
        long article = fixtures.publish("Hidden", "Body");
        fixtures.comment(article, null, "Walter", "Nobody will see this");
        server.newsroom.articles.setCommentsMode(article, CommentsMode.HIDDEN);
        Document page = page(article);
        assertThat(page.getElementById("comments")).isNull();
        assertThat(page.text()).doesNotContain("Nobody will see this");
        assertThat(post(article, "Anyone?").statusCode()).isEqualTo(403);
    }

    @Test
    void comments_held_for_moderation_are_not_shown_or_counted() {
        long article = fixtures.publish("Held", "Body");
        long shown = fixtures.comment(article, null, "Anna", "This is not acceptable.");
        var held = server.newsroom.comments.holdAsOf(new NewComment(article, null, "harbourman", "h@example.org",
                "Someone should deal with him the old way.", false, null, null, null), clock.instant(), "threat");
        Document page = page(article);
        assertThat(page.getElementById("comment-" + shown)).isNotNull();
        assertThat(page.getElementById("comment-" + held.comment().id())).isNull();
        assertThat(page.text()).doesNotContain("the old way");
        assertThat(page.select("#comments-title").text()).isEqualTo("1 comment");
        assertThat(reader.get("/comments/" + held.comment().id() + "/").statusCode()).isEqualTo(404);
        assertThat(reader.comment(article, held.comment().id(), "Anna", "a@example.org", "Reply to hidden").statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_held_comment_can_be_seen_by_its_author_only_with_a_note_that_it_awaits_moderation() {
        long article = fixtures.publish("Own held comment", "Body");
        var author = new Browser(server);
        author.post("/comments/" + fixtures.comment(article, null, "Anna", "Hello") + "/like/", Map.of()); // gets a key
        var held = server.newsroom.comments.holdAsOf(new NewComment(article, null, "Ada", "ada-held@example.org",
                "Fine words, held anyway", false, null, author.cookie("mh_owner"), null), clock.instant(), "first comment");
        long id = held.comment().id();
        Document note = Jsoup.parse(author.get("/comments/" + id + "/").body());
        assertThat(note.select("h1").text()).contains("awaiting moderation");
        assertThat(note.select(".comment__body").text()).isEqualTo("Fine words, held anyway");
        assertThat(new Browser(server).get("/comments/" + id + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void discussions_close_by_themselves_after_the_days_the_site_sets_without_a_restart() {
        long article = fixtures.publishAt("Old news", "Body", clock.instant().minus(Duration.ofDays(29)));
        assertThat(showsForm(page(article))).isTrue();

        server.newsroom.site.update(Map.of("comments.close-after-days", "28"));
        assertThat(showsForm(page(article))).isFalse();
        assertThat(post(article, "Still open?").statusCode()).isEqualTo(403);

        server.newsroom.site.update(Map.of("comments.close-after-days", "30"));
        assertThat(showsForm(page(article))).isTrue();
        assertThat(post(article, "Open again").statusCode()).isEqualTo(303);
    }

    @Test
    void a_cached_article_page_drops_its_form_when_the_discussion_closes_with_time() {
        server.newsroom.site.update(Map.of("comments.close-after-days", "30"));
        long article = fixtures.publishAt("Nearly closed", "Body", clock.instant().minus(Duration.ofDays(30)).plusSeconds(3600));
        assertThat(showsForm(page(article))).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(showsForm(page(article))).isFalse();
        assertThat(post(article, "Missed it").statusCode()).isEqualTo(403);
    }
}
