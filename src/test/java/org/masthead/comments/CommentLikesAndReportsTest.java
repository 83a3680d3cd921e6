package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** A like counts once per browser; a report reaches the moderators once per reader, with a reason. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentLikesAndReportsTest {
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Likes and reports", "Body");

    @AfterAll
    void stop() {
        server.close();
    }

    private String likes(long comment) {
        Document page = new Browser(server).page(fixtures.path(article));
        return page.select("#comment-" + comment + " > article .comment__likes").text();
    }

    private List<String> reports(long comment) {
        return server.newsroom.database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT reason || ':' || details FROM comment_reports WHERE comment_id = :id ORDER BY id")
                .bind("id", comment).mapTo(String.class).list());
    }

    @Test
    void a_like_counts_once_per_browser() {
        long comment = fixtures.comment(article, null, "Anna", "Quist gets my vote.");
        Browser one = new Browser(server);
        HttpResponse<String> liked = one.post("/comments/" + comment + "/like/", Map.of());
        assertThat(liked.statusCode()).isEqualTo(303);
        assertThat(liked.headers().firstValue("Location")).hasValue(fixtures.path(article) + "#comment-" + comment);
        assertThat(one.cookie("mh_owner")).hasSize(43);
        one.post("/comments/" + comment + "/like/", Map.of());
        assertThat(likes(comment)).isEqualTo("1");
        new Browser(server).post("/comments/" + comment + "/like/", Map.of());
        assertThat(likes(comment)).isEqualTo("2");
    }

    @Test
    void a_report_is_stored_once_per_reader_with_its_reason() {
        long comment = fixtures.comment(article, null, "harbourman", "The harbour master should be sacked, and the board with him.");
        Browser reader = new Browser(server);
        assertThat(reader.page("/comments/" + comment + "/report/").select("input[name=reason]")).hasSize(5);
        HttpResponse<String> sent = reader.post("/comments/" + comment + "/report/",
                Map.of("reason", "threat", "details", "Hints at violence"));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(sent.body()).text()).contains("Thank you for your report");
        reader.post("/comments/" + comment + "/report/", Map.of("reason", "abuse", "details", "again"));
        assertThat(reports(comment)).containsExactly("threat:Hints at violence");
        new Browser(server).post("/comments/" + comment + "/report/", Map.of("reason", "abuse", "details", ""));
        assertThat(reports(comment)).containsExactly("threat:Hints at violence", "abuse:");
    }

    @Test
    void a_report_without_a_known_reason_is_refused_with_the_form_again() {
        long comment = fixtures.comment(article, null, "Kasper", "Read a history book.");
        HttpResponse<String> refused = new Browser(server).post("/comments/" + comment + "/report/",
                Map.of("reason", "boring", "details", "I disagree"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.body());
        assertThat(form.select(".form-error").text()).contains("Please choose a reason");
        assertThat(form.select("textarea[name=details]").text()).isEqualTo("I disagree");
        assertThat(reports(comment)).isEmpty();
    }

    @Test
    void comments_that_are_not_public_cannot_be_liked_or_reported() {
        var held = server.newsroom.comments.holdAsOf(new NewComment(article, null, "Kasper", "k@example.org",
                "Only an idiot would think so.", false, null, null, null), server.newsroom.clock.instant(), "insult");
        long id = held.comment().id();
        assertThat(new Browser(server).post("/comments/" + id + "/like/", Map.of()).statusCode()).isEqualTo(404);
        assertThat(new Browser(server).post("/comments/" + id + "/report/", Map.of("reason", "abuse")).statusCode())
                .isEqualTo(404);
    }
}
