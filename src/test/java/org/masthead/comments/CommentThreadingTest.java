package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** Replies as readers see them: nested under what they answer, never deeper than five levels. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentThreadingTest {
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
        clock.advance(Duration.ofMinutes(2)); // out of the last test's rate-limit window
    }

    /** How many reply lists a comment sits in on the page: 0 for a thread's first comment. */
    private static int nesting(Element comment) {
        return comment.parents().select("ol.comment__replies").size();
    }

    @Test
    void a_reply_appears_inside_its_parents_list_of_replies() {
        long article = fixtures.publish("Threading", "Body");
        long root = fixtures.comment(article, null, "Walter", "Leave the bust where it is.");
        HttpResponse<String> posted = reader.comment(article, root, "Vira", "vira@example.org", "Нехай стоїть у музеї.");
        assertThat(posted.statusCode()).isEqualTo(303);
        long reply = Browser.commentId(posted);

        Document page = reader.page(fixtures.path(article));
        Element li = page.getElementById("comment-" + reply);
        assertThat(li.parent().is("ol.comment__replies")).isTrue();
        assertThat(li.parent().parent().id()).isEqualTo("comment-" + root);
        assertThat(li.select(".comment__name").first().text()).isEqualTo("Vira");
        assertThat(li.select(".comment__body").text()).isEqualTo("Нехай стоїть у музеї.");
        assertThat(nesting(li)).isEqualTo(1);
    }

    @Test
    void a_reply_to_a_comment_five_levels_deep_goes_beside_it_at_level_five() {
        long article = fixtures.publish("Deep threads", "Body");
        long parent = fixtures.comment(article, null, "Level 1", "The first comment on the timetable.");
        for (int level = 2; level <= 5; level++) parent = fixtures.comment(article, parent, "Level " + level,
                "A reply at level " + level + " about the timetable.");
        long fifth = parent;
        long fourth = server.newsroom.comments.find(fifth).parentId();

        long reply = Browser.commentId(reader.comment(article, fifth, "Late", "late@example.org", "Answer to level five"));

        Document page = reader.page(fixtures.path(article));
        Element li = page.getElementById("comment-" + reply);
        assertThat(li.parent().parent().id()).isEqualTo("comment-" + fourth);
        assertThat(nesting(li)).isEqualTo(4).isEqualTo(nesting(page.getElementById("comment-" + fifth)));
        assertThat(server.newsroom.comments.find(reply).depth()).isEqualTo(5);
    }

    @Test
    void the_reply_form_without_javascript_shows_the_comment_being_answered() {
        long article = fixtures.publish("Reply form", "Body");
        long root = fixtures.comment(article, null, "Anna", "History, not erasure.");
        Document form = reader.page("/comments/" + root + "/reply/");
        assertThat(form.select(".comment-list--context .comment__body").text()).isEqualTo("History, not erasure.");
        assertThat(form.select("form.comment-form input[name=parent]").val()).isEqualTo(String.valueOf(root));
        assertThat(form.select("form.comment-form input[name=article]").val()).isEqualTo(String.valueOf(article));
    }
}
