package org.masthead.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.masthead.articles.ArticleStatus;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/** Two app nodes on one PostgreSQL database: a change made through one reaches the other's page cache. */
class ClusterCacheTest {

    @Test
    void a_headline_edited_on_one_node_is_not_served_stale_by_the_other() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "a cluster needs PostgreSQL");
        Map<String, String> environment = TestDatabase.freshEnvironment();
        try (TestServer first = TestServer.on(environment); TestServer second = TestServer.on(environment)) {
            long id = new Fixtures(first.newsroom).basics().publish("Ferry timetable changes", "New times from Monday.");
            assertThat(second.get("/").body()).contains("Ferry timetable changes"); // now cached on the second node

            var story = first.newsroom.articles.story(id).orElseThrow();
            first.newsroom.articles.update(id, Fixtures.draft("Ferry timetable changes again", "Newer times.",
                    ArticleStatus.PUBLISHED, story.publishedAt()));

            assertThat(eventually(() -> second.get("/").body().contains("Ferry timetable changes again")))
                    .as("the second node's front page shows the new headline").isTrue();
        }
    }

    @Test
    void a_section_added_on_one_node_appears_in_the_other_nodes_navigation() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "a cluster needs PostgreSQL");
        Map<String, String> environment = TestDatabase.freshEnvironment();
        try (TestServer first = TestServer.on(environment); TestServer second = TestServer.on(environment)) {
            new Fixtures(first.newsroom).basics();
            assertThat(second.get("/").body()).doesNotContain("/category/harbour/"); // sections read and page cached

            first.newsroom.taxonomy.addSection("harbour", "Harbour", null, "");

            assertThat(eventually(() -> second.get("/").body().contains("/category/harbour/")))
                    .as("the second node's navigation shows the new section").isTrue();
            assertThat(second.get("/category/harbour/").statusCode()).isEqualTo(200);
        }
    }

    /** Notifications travel asynchronously; wait for one, up to a generous limit (not a speed requirement). */
    private static boolean eventually(Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) return true;
            Thread.sleep(100);
        }
        return false;
    }
}
