package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.TestDatabase;

/** Files that are not WordPress exports, or stop in the middle: a one-line reason, exit 2, no half item. */
class UnreadableFilesTest {
    @TempDir
    Path dir;

    @Test
    void a_truncated_export_keeps_the_whole_items_before_the_cut_and_exits_2() throws IOException {
        Map<String, String> env = TestDatabase.freshEnvironment();
        String whole = Files.readString(WordPressRun.fixture("june-2024-export.xml"));
        // Cut inside the comments of the second post: its article and comments must not be stored at all.
        Path cut = dir.resolve("cut.xml");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<wp:comment_id>2275</wp:comment_id>")));

        WordPressRun run = WordPressRun.of(env, cut);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).containsPattern("cut.xml: broken XML at line \\d+: .*truncated");
        assertThat(Database.rows(env, "SELECT slug FROM articles")).extracting(r -> r.get("slug"))
                .containsExactly("council-adopts-2024-25-budget");
        assertThat(Database.query(env, "SELECT count(*) FROM comments", Integer.class)).isZero();
    }

    @Test
    void a_feed_that_is_not_a_wordpress_export_is_refused_and_nothing_is_stored() {
        Map<String, String> env = TestDatabase.freshEnvironment();
        var before = Database.snapshot(env);
        WordPressRun run = WordPressRun.of(env, WordPressRun.fixture("not-wordpress.rss"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a WordPress export: the channel has no wp:wxr_version");
        assertThat(Database.snapshot(env)).isEqualTo(before);
    }

    @Test
    void html_or_empty_files_are_refused() throws IOException {
        Map<String, String> env = TestDatabase.freshEnvironment();
        Path html = dir.resolve("export.xml");
        Files.writeString(html, "<!DOCTYPE html><html><body><p>Login</p></body></html>", StandardCharsets.UTF_8);
        assertThat(WordPressRun.of(env, html).exit()).isEqualTo(2);
        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "");
        WordPressRun run = WordPressRun.of(env, empty);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a WordPress export");
        assertThat(WordPressRun.of(env, dir.resolve("missing.xml")).err()).contains("no file");
    }

    @Test
    void a_file_that_asks_for_external_entities_reads_nothing_and_is_refused() {
        Map<String, String> env = TestDatabase.freshEnvironment();
        WordPressRun run = WordPressRun.of(env, WordPressRun.fixture("external-entity.xml"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Database.query(env, "SELECT count(*) FROM articles", Integer.class)).isZero();
    }
}
