package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/**
 * A new comment makes exactly the cached pages stale that show it or its article's comment count: the article's
 * own page and lists that show the story (the front page, a related-stories box), not unrelated pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentPageCacheTest {
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = withElsewhere(new Fixtures(server.newsroom).basics());

    private Fixtures withElsewhere(Fixtures f) {
        server.newsroom.taxonomy.addSection("elsewhere", "Elsewhere", null, "");
        return f;
    }
    private final long commented = fixtures.publish("The commented story", "Body");
    private final long related = fixtures.publish("Another story", "Body"); // same section and tag: related
    private final long other = fixtures.publish(Fixtures.article("An unrelated story").tags("elsewhere")
            .sections("elsewhere"));

    @AfterAll
    void stop() {
        server.close();
    }

    private String etag(String path) {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private int revalidate(String path, String etag) {
        return server.get(path, Map.of("If-None-Match", etag)).statusCode();
    }

    @Test
    void a_published_comment_changes_its_article_page_only() {
        String article = fixtures.path(commented), otherArticle = fixtures.path(other);
        String before = etag(article), otherBefore = etag(otherArticle), homeBefore = etag("/");
        String relatedBefore = etag(fixtures.path(related));
        assertThat(revalidate(article, before)).isEqualTo(304);

        long id = fixtures.comment(commented, null, "Ada", "A fresh comment on the harbour plan.");

        String after = etag(article);
        assertThat(after).isNotEqualTo(before);
        assertThat(revalidate(article, before)).isEqualTo(200);
        assertThat(server.get(article).body()).contains("id=\"comment-" + id + "\"");
        assertThat(etag(otherArticle)).isEqualTo(otherBefore);
        assertThat(revalidate(otherArticle, otherBefore)).isEqualTo(304);
        assertThat(etag("/")).isNotEqualTo(homeBefore); // the front page shows the story's comment count
        assertThat(etag(fixtures.path(related))).isNotEqualTo(relatedBefore); // so does a related-stories box
    }

    @Test
    void a_comment_held_for_moderation_changes_no_page() {
        String article = fixtures.path(commented);
        String before = etag(article);
        server.newsroom.comments.holdAsOf(new NewComment(commented, null, "harbourman", "h@example.org",
                "Held back", false, null, null, null), server.newsroom.clock.instant(), "threat");
        assertThat(etag(article)).isEqualTo(before);
    }

    @Test
    void each_comment_page_and_order_is_cached_and_all_go_stale_together() {
        String article = fixtures.path(other);
        String newest = etag(article + "?sort=newest");
        fixtures.comment(other, null, "Ada", "Changes every order");
        assertThat(etag(article + "?sort=newest")).isNotEqualTo(newest);
    }
}
