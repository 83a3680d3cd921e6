package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.testing.TestDatabase;

/**
 * What a WordPress 6.x site really writes into its discussions (wp6-real-threads.xml): replies listed before the
 * comments they answer, a thread four levels deep, every comment_type and comment_approved value, text containing
 * "]]>" that the exporter splits over two CDATA sections, comment meta, and a reply to a comment of another post.
 */
class RealThreadsTest {
    private static Map<String, String> env;
    private static WordPressRun run;

    @BeforeAll
    static void importIt() {
        env = TestDatabase.freshEnvironment();
        run = WordPressRun.of(env, WordPressRun.fixture("wp6-real-threads.xml"));
    }

    @Test
    void a_thread_four_levels_deep_keeps_its_shape_though_the_deepest_reply_comes_first() {
        Map<String, String> comments = comments();
        assertThat(comments).containsEntry("5001", "published, depth 1, answers nothing")
                .containsEntry("5002", "published, depth 2, answers 5001")
                .containsEntry("5003", "published, depth 3, answers 5002")
                .containsEntry("5004", "published, depth 4, answers 5003")
                .containsEntry("5005", "pending, depth 2, answers 5001");
        assertThat(run.out()).doesNotContain("comment 5004");
    }

    @Test
    void every_approval_value_wordpress_writes_keeps_the_comment_out_of_view_unless_approved() {
        Map<String, String> comments = comments();
        assertThat(comments.get("5006")).startsWith("rejected"); // trash
        assertThat(comments.get("5007")).startsWith("rejected"); // post-trashed
        assertThat(comments.get("5013")).startsWith("rejected"); // spam
        assertThat(Database.query(env, "SELECT published FROM comment_counts c JOIN articles a ON a.id = c.article_id"
                + " WHERE a.slug = 'night-ferry-returns'", Integer.class))
                .as("5001 to 5004, the pingback, the trackback, the review and the reply to another post").isEqualTo(8);
    }

    @Test
    void comment_types_reader_comments_pings_and_reviews_come_across_and_editorial_notes_do_not() {
        Map<String, String> comments = comments();
        assertThat(comments).containsKeys("5001", "5008", "5009", "5010") // '', pingback, trackback, review
                .doesNotContainKey("5011");
        assertThat(run.out()).containsPattern("post 411 \\(line \\d+\\), comment 5011 \\(line \\d+\\): its type 'note'"
                + " is not a reader's comment; skipped");
        assertThat(run.counts("comments")).containsExactly(13, 0, 0, 1, 0);
        assertThat(Database.query(env, "SELECT body_html FROM comments WHERE reasons = 'import: 5008'", String.class))
                .contains("Linked from <a href=\"https://walks.example.com/2025/03/ferry/\"");
    }

    @Test
    void text_the_exporter_split_over_two_cdata_sections_is_whole_again() {
        assertThat(Database.query(env, "SELECT body_text FROM comments WHERE reasons = 'import: 5002'", String.class))
                .contains("shows as N]]>1 for some reason");
    }

    @Test
    void a_reply_to_a_comment_of_another_post_starts_a_thread_and_is_reported() {
        assertThat(comments()).containsEntry("5012", "published, depth 1, answers nothing");
        assertThat(run.out()).containsPattern("post 411 \\(line \\d+\\), comment 5012 \\(line \\d+\\): it answers comment"
                + " 4001, which belongs to another post; placed at the top level");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        Map<String, String> again = TestDatabase.freshEnvironment();
        assertThat(WordPressRun.of(again, WordPressRun.fixture("wp6-real-threads.xml")).exit()).isZero();
        var before = Database.snapshot(again);
        WordPressRun second = WordPressRun.of(again, WordPressRun.fixture("wp6-real-threads.xml"));
        assertThat(second.counts("comments")).containsExactly(0, 0, 13, 1, 0);
        assertThat(Database.snapshot(again)).isEqualTo(before);
    }

    /** Each imported comment by its WordPress id: "status, depth N, answers ID". */
    private static Map<String, String> comments() {
        Map<String, String> byId = new TreeMap<>();
        for (var row : Database.rows(env, """
                SELECT c.reasons AS comment, c.status, c.depth, p.reasons AS parent
                FROM comments c LEFT JOIN comments p ON p.id = c.parent_id""")) {
            String parent = row.get("parent") == null ? "nothing" : row.get("parent").toString().replace("import: ", "");
            byId.put(row.get("comment").toString().replace("import: ", ""),
                    row.get("status") + ", depth " + row.get("depth") + ", answers " + parent);
        }
        return byId;
    }
}
