package org.masthead.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.feeds.Xml.child;
import static org.masthead.feeds.Xml.children;
import static org.masthead.feeds.Xml.text;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.comments.NewComment;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;
import org.w3c.dom.Element;

class CommentFeedsTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SLASH = "http://purl.org/rss/1.0/modules/slash/";
    private static TestServer server;
    private static long storyId;
    private static String storyPath;

    @BeforeAll
    static void start() {
        server = TestServer.empty();
        Fixtures fixtures = new Fixtures(server.newsroom).basics();
        storyId = fixtures.publish("Harbour dues rise", "The port raised its dues.");
        fixtures.publish("Tram line opens", "The tram runs at last.");
        storyPath = server.newsroom.articles.ref(storyId).orElseThrow().path();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private void comment(String name, String text) {
        server.newsroom.comments.post(new NewComment(storyId, null, name, name.toLowerCase() + "@example.org", text, false,
                "192.0.2." + name.length(), null, null));
    }

    @Test
    void a_new_comment_appears_in_the_site_and_article_comment_feeds_and_in_the_counts() {
        String homeBefore = server.get("/").headers().firstValue("ETag").orElseThrow();
        comment("Olena", "The dues pay for *dredging*, which we need.");

        Element siteFeed = Xml.parse(server.get("/comments/feed/atom/").body());
        List<Element> entries = children(siteFeed, ATOM, "entry");
        assertThat(entries).isNotEmpty();
        assertThat(text(entries.getFirst(), ATOM, "title")).isEqualTo("Olena on “Harbour dues rise”");
        assertThat(text(entries.getFirst(), ATOM, "content")).contains("<em>dredging</em>");

        Element articleFeed = Xml.parse(server.get(storyPath + "feed/").body());
        Element item = child(child(articleFeed, null, "channel"), null, "item");
        assertThat(text(item, null, "title")).isEqualTo("Olena on “Harbour dues rise”");
        assertThat(text(item, null, "link")).matches(".*/comments/[0-9]+/");

        Element storyItem = children(child(Xml.parse(server.get("/feed/").body()), null, "channel"), null, "item").stream()
                .filter(i -> text(i, null, "title").equals("Harbour dues rise")).findFirst().orElseThrow();
        assertThat(text(storyItem, SLASH, "comments")).isEqualTo("1");

        var home = server.get("/");
        assertThat(home.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(homeBefore);
        assertThat(Jsoup.parse(home.body()).select(".teaser__comments").text()).contains("1 comment");
    }

    @Test
    void comment_feeds_of_unknown_articles_answer_404() {
        assertThat(server.get("/2026/01/01/no-such-story/feed/").statusCode()).isEqualTo(404);
        assertThat(server.get("/2001/01/01/" + storyPath.substring(12) + "feed/atom/").statusCode()).isEqualTo(404);
    }
}
