package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Long discussions come in pages of 20 whole threads; a comment's own address finds its page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentPagesTest {
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final Browser reader = new Browser(server);
    private final List<Long> threads = new ArrayList<>();
    private long article;
    private long longThread;
    private long replyOnPageThree;

    @BeforeAll
    void longDiscussion() {
        article = fixtures.publish("A long discussion", "Body");
        for (int i = 1; i <= 45; i++) threads.add(fixtures.comment(article, null, "Reader " + i, "Reader " + i + " here, with a question about the timetable."));
        longThread = threads.get(19); // the last thread of page 1
        long parent = longThread;
        for (int i = 0; i < 40; i++) {
            parent = fixtures.comment(article, i % 5 == 0 ? longThread : parent, "Replier " + i, "Replier " + i + " agrees with the point about the timetable.");
        }
        replyOnPageThree = fixtures.comment(article, threads.get(42), "Late", "Late to this, but the timetable is still wrong.");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Document page(int number) {
        return reader.page(fixtures.path(article) + (number == 1 ? "" : "?page=" + number));
    }

    @Test
    void each_page_shows_twenty_threads_and_the_last_the_rest() {
        assertThat(page(1).select("ol[data-comment-list] > li")).hasSize(20);
        assertThat(page(2).select("ol[data-comment-list] > li")).hasSize(20);
        assertThat(page(3).select("ol[data-comment-list] > li")).hasSize(5);
        assertThat(page(1).select("#comments-title").text()).isEqualTo("86 comments");
        assertThat(page(2).select(".pagination__position").text()).isEqualTo("Comments page 2 of 3");
        assertThat(page(2).select(".pagination a[rel=next]").attr("href")).endsWith("?page=3#comments");
    }

    @Test
    void a_thread_with_many_replies_stays_whole_on_one_page() {
        assertThat(page(1).select("#comment-" + longThread + " li.comment")).hasSize(40);
        assertThat(page(2).select("li.comment")).hasSize(20);
        assertThat(page(2).getElementById("comment-" + longThread)).isNull();
    }

    @Test
    void a_comments_address_leads_to_the_page_that_shows_it() {
        HttpResponse<String> permalink = reader.get("/comments/" + replyOnPageThree + "/");
        assertThat(permalink.statusCode()).isEqualTo(302);
        String location = permalink.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo(fixtures.path(article) + "?page=3#comment-" + replyOnPageThree);
        assertThat(reader.page(location.substring(0, location.indexOf('#'))).getElementById("comment-" + replyOnPageThree))
                .isNotNull();
        assertThat(reader.get("/comments/" + threads.getFirst() + "/").headers().firstValue("Location"))
                .hasValue(fixtures.path(article) + "#comment-" + threads.getFirst());
    }

    @Test
    void pages_past_the_end_and_unknown_comments_answer_404() {
        assertThat(reader.get(fixtures.path(article) + "?page=4").statusCode()).isEqualTo(404);
        assertThat(reader.get("/comments/999999/").statusCode()).isEqualTo(404);
        assertThat(reader.get("/comments/abc/").statusCode()).isEqualTo(404);
    }
}
