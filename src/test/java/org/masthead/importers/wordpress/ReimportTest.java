package org.masthead.importers.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/** A newer export of the same site updates what changed; a dry run stores nothing. */
class ReimportTest {
    @TempDir
    Path dir;

    @Test
    void a_newer_export_of_the_same_site_updates_what_changed_and_adds_what_is_new() throws IOException {
        Map<String, String> env = TestDatabase.freshEnvironment();
        assertThat(WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml")).exit()).isZero();
        String newer = Files.readString(WordPressRun.fixture("june-2024-export.xml"))
                // an edited headline, a held comment approved since, and a new reply to the deepest comment
                .replace("<title><![CDATA[Council adopts €412 million budget after nine-hour session]]></title>",
                        "<title><![CDATA[Council adopts €412 million budget after a nine-hour session]]></title>")
                .replaceFirst("(<wp:comment_id>2274</wp:comment_id>(?s:.*?)<wp:comment_approved>)<!\\[CDATA\\[0]]>",
                        "$1<![CDATA[1]]>")
                .replace("\t\t\t\t\t</item>\n\t\t\t\t\t<item>\n\t\t<title><![CDATA[Central Library",
                        newReply() + "\t\t\t\t\t</item>\n\t\t\t\t\t<item>\n\t\t<title><![CDATA[Central Library");
        assertThat(newer).contains("a nine-hour", "Quay Street keeps its sandbags")
                .doesNotContain("<wp:comment_approved><![CDATA[0]]>");
        Path file = dir.resolve("newer.xml");
        Files.writeString(file, newer);

        WordPressRun run = WordPressRun.of(env, file);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.counts("posts")).containsExactly(0, 1, 6, 0, 0);
        assertThat(run.counts("comments")).containsExactly(1, 1, 14, 0, 0);
        assertThat(Database.query(env, "SELECT count(*) FROM articles", Integer.class)).isEqualTo(7);
        try (TestServer server = TestServer.on(env)) {
            assertThat(server.page("/2024/06/05/council-adopts-2024-25-budget/").select("h1").text())
                    .isEqualTo("Council adopts €412 million budget after a nine-hour session");
            var page = server.page("/2024/06/12/river-wend-peaks-quay-street-evacuated/");
            assertThat(page.select("li.comment .comment__name").eachText()).contains("Tom Fischer", "Greta Voss");
            var greta = page.select("li.comment:has(> article .comment__name:containsOwn(Greta Voss))").first();
            assertThat(greta.parent().closest("li.comment").selectFirst(".comment__name").text()).isEqualTo("Piotr Nowak");
        }
    }

    @Test
    void a_newer_media_export_brings_alt_text_captions_and_credits_up_to_date() throws IOException {
        Map<String, String> env = TestDatabase.freshEnvironment();
        String uploads = WordPressRun.fixture("uploads").toString();
        assertThat(WordPressRun.of(env, WordPressRun.fixture("june-2024-export-media.xml"), "--media-dir", uploads).exit())
                .isZero();
        assertThat(WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml")).exit()).isZero();
        String newer = Files.readString(WordPressRun.fixture("june-2024-export-media.xml"))
                // the town hall drawing (attachment 251, the budget story's picture): new alt text, caption and credit
                .replace("Drawing of a stone town hall with a clock tower at dusk, most windows lit",
                        "Larkbridge Town Hall at dusk, its clock tower and most windows lit")
                .replace("Larkbridge Town Hall on the evening of the budget vote. Illustration: local desk",
                        "The town hall on the evening of the vote. Illustration: Mara Lind")
                .replaceFirst("s:6:\"credit\";s:0:\"\"", "s:6:\"credit\";s:9:\"Mara Lind\"");
        assertThat(newer).contains("Mara Lind\"");
        Path file = dir.resolve("newer-media.xml");
        Files.writeString(file, newer);

        WordPressRun run = WordPressRun.of(env, file, "--media-dir", uploads);

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.counts("attachments")).containsExactly(0, 1, 5, 0, 0);
        assertThat(Database.query(env, "SELECT count(*) FROM images", Integer.class)).as("no picture copied twice").isEqualTo(6);
        try (TestServer server = TestServer.on(env)) {
            var figure = server.page("/2024/06/05/council-adopts-2024-25-budget/").selectFirst(".story__figure");
            assertThat(figure.selectFirst("img").attr("alt")).isEqualTo("Larkbridge Town Hall at dusk, its clock tower and most windows lit");
            assertThat(figure.selectFirst("figcaption").text()).contains("The town hall on the evening of the vote.", "Mara Lind");
        }
        assertThat(Database.query(env, "SELECT credit FROM images WHERE caption LIKE 'The town hall on the evening%'",
                String.class)).isEqualTo("Mara Lind");

        WordPressRun again = WordPressRun.of(env, file);
        assertThat(again.counts("attachments")).as("the same again, without the folder").containsExactly(0, 0, 6, 0, 0);
    }

    @Test
    void a_dry_run_reports_everything_and_stores_nothing() {
        Map<String, String> env = TestDatabase.freshEnvironment();
        var before = Database.snapshot(env);

        WordPressRun run = WordPressRun.of(env, WordPressRun.fixture("june-2024-export.xml"), "--dry-run");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("dry run", "Dry run: nothing was stored.");
        assertThat(run.counts("posts")).containsExactly(7, 0, 0, 0, 0);
        assertThat(run.counts("comments")).containsExactly(15, 0, 0, 0, 0);
        assertThat(Database.snapshot(env)).isEqualTo(before);
    }

    private static String newReply() {
        return """
                <wp:comment>
                \t\t\t<wp:comment_id>2290</wp:comment_id>
                \t\t\t<wp:comment_author><![CDATA[Greta Voss]]></wp:comment_author>
                \t\t\t<wp:comment_author_email><![CDATA[greta@example.org]]></wp:comment_author_email>
                \t\t\t<wp:comment_author_url></wp:comment_author_url>
                \t\t\t<wp:comment_author_IP><![CDATA[192.0.2.90]]></wp:comment_author_IP>
                \t\t\t<wp:comment_date><![CDATA[2024-06-14 08:00:00]]></wp:comment_date>
                \t\t\t<wp:comment_date_gmt><![CDATA[2024-06-14 08:00:00]]></wp:comment_date_gmt>
                \t\t\t<wp:comment_content><![CDATA[Quay Street keeps its sandbags until the end of the month.]]></wp:comment_content>
                \t\t\t<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
                \t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>
                \t\t\t<wp:comment_parent>2271</wp:comment_parent>
                \t\t\t<wp:comment_user_id>0</wp:comment_user_id>
                \t\t</wp:comment>
                """;
    }
}
