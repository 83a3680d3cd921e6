package org.masthead.articles.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.articles.LineDiff;
import org.masthead.testing.DeskClient;
import org.masthead.testing.EditorForm;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** Every save kept, compared and restored; private preview links that work signed out until revoked. */
class RevisionsAndPreviewsTest {
    private TestServer server;
    private DeskClient editor;

    @BeforeEach
    void start() {
        server = TestServer.empty();
        new Fixtures(server.newsroom).basics();
        editor = DeskClient.signedIn(server, Role.EDITOR, "Erin Editor");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long draftWithTwoSaves() {
        Map<String, Object> form = EditorForm.article("Budget vote delayed", "erin-editor");
        form.put("body", "The council met.\n\nThe vote was delayed.\n\nMore next week.");
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", form));
        form.put("body", "The council met on Tuesday.\n\nThe vote was delayed.\n\nMore next week.");
        EditorForm.savedId(editor.post("/desk/articles/" + id + "/", form));
        return id;
    }

    @Test
    void every_save_is_kept_and_two_are_compared_line_by_line() {
        long id = draftWithTwoSaves();

        assertThat(server.newsroom.revisions.of(id)).extracting(r -> r.number()).containsExactly(2, 1);
        Document page = editor.page("/desk/articles/" + id + "/revisions/?from=1&to=2");
        assertThat(page.select("table.diff caption").text()).contains("from revision 1 to revision 2");
        assertThat(page.select("table.diff del").text()).isEqualTo("Removed: The council met.");
        assertThat(page.select("table.diff ins").text()).isEqualTo("Added: The council met on Tuesday.");
        assertThat(page.select("table.diff tbody tr")).hasSize(6);
        assertThat(page.select("table.diff th[scope=col]")).hasSize(3);
    }

    @Test
    void restoring_a_revision_makes_a_new_one_with_the_old_text() {
        long id = draftWithTwoSaves();

        HttpResponse<String> restored = editor.post("/desk/articles/" + id + "/revisions/1/restore/", Map.of());

        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(server.newsroom.articles.markdown(id)).contains("The council met.\n\nThe vote was delayed.\n\nMore next week.");
        var revisions = server.newsroom.revisions.of(id);
        assertThat(revisions).hasSize(3);
        assertThat(revisions.getFirst().kind()).isEqualTo("restore");
        assertThat(editor.post("/desk/articles/" + id + "/revisions/9/restore/", Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void the_line_diff_keeps_order_and_numbers() {
        List<LineDiff.Line> diff = LineDiff.between("a\nb\nc", "a\nc\nd");
        assertThat(diff).extracting(LineDiff.Line::change).containsExactly(LineDiff.Change.SAME, LineDiff.Change.REMOVED,
                LineDiff.Change.SAME, LineDiff.Change.ADDED);
        assertThat(diff.get(3).newNumber()).isEqualTo(3);
        assertThat(diff.get(1).oldNumber()).isEqualTo(2);
    }

    @Test
    void a_preview_link_shows_the_draft_to_a_signed_out_colleague_until_revoked() {
        long id = draftWithTwoSaves();

        HttpResponse<String> made = editor.post("/desk/articles/" + id + "/preview-links/", Map.of());
        assertThat(made.statusCode()).isEqualTo(201);
        String url = Jsoup.parse(made.body()).select("#preview-url").val();
        String path = url.substring(url.indexOf("/preview/"));
        String token = path.replaceAll("^/preview/([^/]+)/$", "$1");

        HttpResponse<String> preview = server.get(path); // no cookies: a colleague without an account
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(preview.headers().firstValue("X-Robots-Tag")).contains("noindex");
        Document page = Jsoup.parse(preview.body());
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("h1.story__headline").text()).isEqualTo("Budget vote delayed");
        assertThat(page.select(".story__body").text()).contains("The council met on Tuesday.");
        String stored = server.newsroom.database.jdbi().withHandle(h ->
                h.createQuery("SELECT token_hash FROM preview_links").mapTo(String.class).one());
        assertThat(stored).isNotEqualTo(token).doesNotContain(token).hasSize(64);

        long link = server.newsroom.previewLinks.active(id).getFirst().id();
        assertThat(editor.post("/desk/articles/" + id + "/preview-links/" + link + "/revoke/", Map.of()).statusCode()).isEqualTo(303);

        assertThat(server.get(path).statusCode()).isEqualTo(404);
        assertThat(server.get("/preview/not-a-token/").statusCode()).isEqualTo(404);
    }

    @Test
    void the_full_preview_uses_the_public_article_template() {
        long id = draftWithTwoSaves();
        Document preview = editor.page("/desk/articles/" + id + "/preview/");
        assertThat(preview.select("article.story h1.story__headline").text()).isEqualTo("Budget vote delayed");
        assertThat(preview.select(".story__editor").text()).isEqualTo("Edited by: E. E.");
        assertThat(preview.select(".story__tags a")).extracting(e -> e.text()).contains("harbour", "pilots");
    }
}
