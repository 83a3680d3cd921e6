package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/**
 * A WXR 1.1 file of our own: categories with their parents in the channel (one listed before its parent), a
 * Cyrillic slug, a blog in a folder, and items that go wrong: broken and hostile HTML, an invalid date, a comment
 * whose parent is missing, an unknown post type.
 */
class ChannelTermsAndBadItemsTest {
    private static Map<String, String> env;
    private static WordPressRun run;

    @BeforeAll
    static void importIt() {
        env = TestDatabase.freshEnvironment();
        run = WordPressRun.of(env, WordPressRun.fixture("hierarchy-wxr-1.1.xml"));
    }

    @Test
    void categories_keep_the_hierarchy_the_channel_gives_them() {
        assertThat(run.out()).contains("WXR 1.1");
        var sections = Database.rows(env, """
                SELECT c.slug, c.name, p.slug AS parent FROM categories c LEFT JOIN categories p ON p.id = c.parent_id
                ORDER BY c.slug""");
        assertThat(sections).extracting(r -> r.get("slug") + "<" + r.get("parent") + ":" + r.get("name"))
                .containsExactly("ferries<transport:Ferries", "novyny<null:Новини", "towns<null:Towns",
                        "transport<towns:Transport & Roads");
        assertThat(run.counts("categories")).containsExactly(4, 0, 0, 0, 0);
        try (TestServer server = TestServer.on(env)) {
            assertThat(server.get("/category/towns/").body()).contains("New winter timetable for the island ferry");
        }
    }

    @Test
    void each_bad_item_is_reported_with_its_line_and_the_rest_is_imported() {
        assertThat(run.exit()).as("an item failed").isEqualTo(1);
        assertThat(run.out()).containsPattern("problem: post 42 \\(line \\d+\\): invalid date '2013-13-45 99:00:00'");
        assertThat(run.out()).containsPattern("problem: product 43 \\(line \\d+\\): unknown post type 'product', skipped");
        assertThat(run.out()).doesNotContain("nav_menu_item");
        assertThat(run.out()).containsPattern(
                "problem: post 41 \\(line \\d+\\), comment 72 \\(line \\d+\\): it answers comment 71, which is not among"
                        + " this post's comments; placed at the top level");
        assertThat(run.out()).containsPattern("problem: post 41 \\(line \\d+\\), comment 73 \\(line \\d+\\): invalid date");
        assertThat(run.counts("posts")).containsExactly(2, 0, 0, 2, 1);
        assertThat(run.counts("comments")).containsExactly(3, 0, 0, 0, 0);
        assertThat(Database.query(env, "SELECT count(*) FROM articles WHERE slug = 'harbour-market-saturdays'",
                Integer.class)).as("nothing of the failed post").isZero();
    }

    @Test
    void broken_and_hostile_html_is_cleaned_and_classic_text_gets_paragraphs() {
        try (TestServer server = TestServer.on(env)) {
            Document page = server.page("/2013/11/05/new-winter-timetable/");
            String body = page.select(".story__body").html();
            assertThat(body).doesNotContain("<script", "alert", "onclick", "javascript:");
            assertThat(page.select(".story__body p").first().html().replaceAll("\\s*\\n\\s*", ""))
                    .isEqualTo("From Monday the ferry leaves the north quay every ninety minutes.<br>The last crossing is at 21:30.");
            assertThat(page.select(".story__body em").text()).isEqualTo("with emphasis");
            assertThat(page.select(".story__body li.comment")).isEmpty();
            var names = page.select("li.comment .comment__name").eachText();
            assertThat(names).containsExactly("Per Holm", "Per Holm", "Ada Berg");
        }
    }

    @Test
    void links_of_a_blog_in_a_folder_and_with_cyrillic_slugs_redirect() {
        try (TestServer server = TestServer.on(env)) {
            assertThat(server.get("/news/new-winter-timetable/").headers().firstValue("Location"))
                    .hasValue("/2013/11/05/new-winter-timetable/");
            assertThat(server.get("/news/?p=41").headers().firstValue("Location"))
                    .hasValue("/2013/11/05/new-winter-timetable/");
            assertThat(server.get("/news/new-winter-timetable/feed/").headers().firstValue("Location"))
                    .hasValue("/2013/11/05/new-winter-timetable/feed/");
            var cyrillic = server.get("/news/%D0%BE%D0%B1%D1%97%D0%B7%D0%B4/");
            assertThat(cyrillic.statusCode()).isEqualTo(301);
            String target = cyrillic.headers().firstValue("Location").orElseThrow();
            assertThat(target).startsWith("/2013/11/08/");
            assertThat(server.get(target).statusCode()).isEqualTo(200);
        }
    }
}
