package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** Threads sorted oldest first, newest first or by likes; replies inside a thread always in the order written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentOrderTest {
    private final TestClock clock = TestClock.startingNow();
    private final TestServer server = TestServer.empty(clock);
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private long article;
    private long first;
    private long second;
    private long third;
    private long earlyReply;
    private long lateReply;

    @BeforeAll
    void discussion() {
        article = fixtures.publish("Order", "Body");
        first = comment(null, "First");
        earlyReply = comment(first, "Early reply");
        second = comment(null, "Second");
        third = comment(null, "Third");
        lateReply = comment(first, "Late reply");
        comment(earlyReply, "Reply to the early reply");
        for (int i = 0; i < 2; i++) like(second);
        like(third);
        like(lateReply);
        like(lateReply);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private long comment(Long parent, String name) {
        clock.advance(Duration.ofMinutes(1));
        return fixtures.comment(article, parent, name, name + " here, with a question about the timetable.");
    }

    private void like(long comment) {
        assertThat(new Browser(server).post("/comments/" + comment + "/like/", java.util.Map.of()).statusCode()).isEqualTo(303);
    }

    private List<String> threads(String query) {
        Document page = new Browser(server).page(fixtures.path(article) + query);
        return page.select("ol[data-comment-list] > li").stream().map(Element::id).toList();
    }

    private List<String> repliesOfFirst(String query) {
        Document page = new Browser(server).page(fixtures.path(article) + query);
        return page.select("#comment-" + first + " > ol.comment__replies > li").stream().map(Element::id).toList();
    }

    private static String id(long comment) {
        return "comment-" + comment;
    }

    @Test
    void oldest_threads_come_first_by_default() {
        assertThat(threads("")).containsExactly(id(first), id(second), id(third));
        assertThat(threads("?sort=oldest")).containsExactly(id(first), id(second), id(third));
    }

    @Test
    void newest_threads_first_on_request() {
        assertThat(threads("?sort=newest")).containsExactly(id(third), id(second), id(first));
    }

    @Test
    void most_liked_threads_first_counting_likes_of_the_first_comment_only() {
        assertThat(threads("?sort=liked")).containsExactly(id(second), id(third), id(first));
    }

    @Test
    void replies_stay_in_the_order_they_were_written_whatever_the_sort() {
        for (String sort : new String[] {"", "?sort=newest", "?sort=liked"}) {
            assertThat(repliesOfFirst(sort)).as(sort).containsExactly(id(earlyReply), id(lateReply));
        }
    }

    @Test
    void an_unknown_sort_is_refused_with_a_400() {
        assertThat(new Browser(server).get(fixtures.path(article) + "?sort=random").statusCode()).isEqualTo(400);
    }
}
