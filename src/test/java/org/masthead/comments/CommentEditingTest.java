package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** Readers change their own comments from the browser they wrote them in: edit for ten minutes, delete any time. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentEditingTest {
    private final TestClock clock = TestClock.startingNow();
    private final TestServer server = TestServer.empty(clock);
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final Browser author = new Browser(server);
    private final Browser someoneElse = new Browser(server);
    private long article;

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void newArticle() {
        clock.advance(Duration.ofMinutes(2));
        article = fixtures.publish("Editing " + clock.millis(), "Body");
    }

    private long post(Browser browser, Long parent, String text) {
        HttpResponse<String> response = browser.comment(article, parent, "Ada", "ada" + clock.millis() + "@example.org", text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return Browser.commentId(response);
    }

    private HttpResponse<String> edit(Browser browser, long comment, String text) {
        return browser.post("/comments/" + comment + "/edit/", Map.of("text", text));
    }

    private Document articlePage() {
        return author.page(fixtures.path(article));
    }

    @Test
    void the_author_can_edit_within_ten_minutes_and_the_page_says_edited() {
        long comment = post(author, null, "Frist!");
        assertThat(author.page("/comments/" + comment + "/edit/").select("textarea[name=text]").text()).isEqualTo("Frist!");
        clock.advance(Duration.ofMinutes(9));
        assertThat(edit(author, comment, "First, *properly*.").statusCode()).isEqualTo(303);
        var shown = articlePage().getElementById("comment-" + comment);
        assertThat(shown.select(".comment__body").html()).isEqualTo("<p>First, <em>properly</em>.</p>");
        assertThat(shown.select(".comment__edited").text()).isEqualTo("(edited)");
    }

    @Test
    void editing_after_ten_minutes_is_refused_and_the_text_stays() {
        long comment = post(author, null, "Typo here");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        HttpResponse<String> late = edit(author, comment, "Fixed");
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(late.body()).text()).contains("can be edited for 10 minutes");
        assertThat(articlePage().getElementById("comment-" + comment).select(".comment__body").text()).isEqualTo("Typo here");
    }

    @Test
    void an_edit_is_validated_like_a_new_comment_and_the_typed_text_comes_back() {
        long comment = post(author, null, "Fine text");
        HttpResponse<String> refused = edit(author, comment, "<script>alert(1)</script>");
        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select("textarea[name=text]").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(form.select(".form-error").text()).contains("cannot contain HTML");
        assertThat(server.newsroom.comments.find(comment).bodyText()).isEqualTo("Fine text");
    }

    @Test
    void another_browser_can_neither_edit_nor_delete() {
        long comment = post(author, null, "Mine");
        assertThat(someoneElse.get("/comments/" + comment + "/edit/").statusCode()).isEqualTo(403);
        assertThat(edit(someoneElse, comment, "Yours now").statusCode()).isEqualTo(403);
        assertThat(someoneElse.post("/comments/" + comment + "/delete/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(new Browser(server).post("/comments/" + comment + "/delete/", Map.of()).statusCode()).isEqualTo(403);
        assertThat(server.newsroom.comments.find(comment).bodyText()).isEqualTo("Mine");
        assertThat(server.newsroom.comments.find(comment).status()).isEqualTo("published");
    }

    @Test
    void deleting_a_comment_with_replies_keeps_the_replies_under_a_deleted_note() {
        long comment = post(author, null, "I may regret posting this.");
        long reply = post(someoneElse, comment, "You might, yes.");
        assertThat(articlePage().select("#comments-title").text()).isEqualTo("2 comments");

        assertThat(author.post("/comments/" + comment + "/delete/", Map.of()).statusCode()).isEqualTo(303);

        Document page = articlePage();
        var placeholder = page.getElementById("comment-" + comment);
        assertThat(placeholder.select(".comment__deleted").text()).contains("deleted");
        assertThat(placeholder.selectFirst("article").text()).isEqualTo("This comment was deleted by its author.");
        assertThat(page.text()).doesNotContain("I will regret this");
        assertThat(placeholder.select("ol.comment__replies > #comment-" + reply)).hasSize(1);
        assertThat(page.select("#comments-title").text()).isEqualTo("1 comment");
        assertThat(author.post("/comments/" + comment + "/delete/", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void deleting_a_comment_without_replies_removes_it_and_lowers_the_count() {
        long keep = post(someoneElse, null, "Staying");
        long comment = post(author, null, "Going");
        assertThat(articlePage().select("#comments-title").text()).isEqualTo("2 comments");
        assertThat(author.post("/comments/" + comment + "/delete/", Map.of()).statusCode()).isEqualTo(303);
        Document page = articlePage();
        assertThat(page.getElementById("comment-" + comment)).isNull();
        assertThat(page.getElementById("comment-" + keep)).isNotNull();
        assertThat(page.select("#comments-title").text()).isEqualTo("1 comment");
        assertThat(author.get("/comments/" + comment + "/").statusCode()).isEqualTo(404);
    }
}
