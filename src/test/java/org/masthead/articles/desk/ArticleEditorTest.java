package org.masthead.articles.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.Story;
import org.masthead.testing.DeskClient;
import org.masthead.testing.EditorForm;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestClock;
import org.masthead.testing.TestServer;

/** Writing, saving, scheduling and publishing through the desk's editor, over HTTP, as each role. */
class ArticleEditorTest {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);
    private final TestClock clock = TestClock.startingNow();
    private TestServer server;
    private DeskClient editor;

    @BeforeEach
    void start() {
        server = TestServer.empty(clock);
        new Fixtures(server.newsroom).basics();
        editor = DeskClient.signedIn(server, Role.EDITOR, "Erin Editor");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_saved_draft_keeps_every_field_and_gets_a_slug_from_its_headline() {
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", EditorForm.article("Harbour pilots walk out", "erin-editor")));

        Story story = server.newsroom.articles.story(id).orElseThrow();
        assertThat(story.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(story.slug()).isEqualTo("harbour-pilots-walk-out");
        assertThat(story.tags()).extracting(t -> t.name()).containsExactlyInAnyOrder("harbour", "pilots");
        assertThat(story.sections()).extracting(s -> s.slug()).containsExactly("news");
        assertThat(story.editorCredit()).isEqualTo("E. E.");
        assertThat(server.newsroom.articles.markdown(id)).contains("The pilots **stopped** work at dawn.\n\n> We had no choice, said one.\n");
        Document page = editor.page("/desk/articles/" + id + "/");
        assertThat(page.select("#title").val()).isEqualTo("Harbour pilots walk out");
        assertThat(page.select("#words").text()).isEqualTo("12 words");
        assertThat(server.get("/" ).body()).doesNotContain("Harbour pilots walk out"); // a draft is not public
    }

    @Test
    void a_slug_another_article_uses_is_refused_on_the_form_with_what_was_typed() {
        EditorForm.savedId(editor.post("/desk/articles/new/", EditorForm.article("Harbour pilots walk out", "erin-editor")));
        Map<String, Object> second = EditorForm.article("Pilots return to work", "erin-editor");
        second.put("slug", "harbour-pilots-walk-out");

        HttpResponse<String> response = editor.post("/desk/articles/new/", second);

        assertThat(response.statusCode()).isEqualTo(422);
        Document form = Jsoup.parse(response.body());
        assertThat(form.select("#slug-error").text()).contains("Another article already uses this address");
        assertThat(form.select("#slug").attr("aria-describedby")).contains("slug-error");
        assertThat(form.select("#title").val()).isEqualTo("Pilots return to work");
        assertThat(form.select("#body").text()).contains("We had no choice");
        assertThat(storedArticles()).isEqualTo(1);
    }

    @Test
    void a_schedule_time_in_the_past_is_refused_and_nothing_is_stored() {
        Map<String, Object> form = EditorForm.article("Storm barrier closes", "erin-editor");
        form.put("action", "schedule");
        form.put("publish_at", MINUTES.format(clock.instant().minus(Duration.ofMinutes(5))));

        HttpResponse<String> response = editor.post("/desk/articles/new/", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Jsoup.parse(response.body()).select("#publish_at-error").text()).contains("That time has passed");
        assertThat(storedArticles()).isZero();
    }

    @Test
    void a_scheduled_article_appears_on_the_home_page_when_its_time_comes() {
        Map<String, Object> form = EditorForm.article("Storm barrier closes", "erin-editor");
        form.put("action", "schedule");
        form.put("publish_at", MINUTES.format(clock.instant().plus(Duration.ofMinutes(10))));
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", form));
        assertThat(server.newsroom.articles.story(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(server.get("/").body()).doesNotContain("Storm barrier closes");

        clock.advance(Duration.ofMinutes(11));
        server.newsroom.articles.publishDue(); // what the PublicationScheduler does every few seconds

        assertThat(server.get("/").body()).contains("Storm barrier closes");
    }

    @Test
    void a_story_scheduled_before_a_restart_is_published_after_it() {
        java.util.Map<String, String> env = org.masthead.testing.TestDatabase.freshEnvironment();
        try (TestServer before = TestServer.on(env, clock)) {
            new Fixtures(before.newsroom).basics();
            DeskClient erin = DeskClient.signedIn(before, Role.EDITOR, "Erin Before");
            Map<String, Object> form = EditorForm.article("Night tram trial", "erin-before");
            form.put("action", "schedule");
            form.put("publish_at", MINUTES.format(clock.instant().plus(Duration.ofMinutes(30))));
            EditorForm.savedId(erin.post("/desk/articles/new/", form));
        }
        clock.advance(Duration.ofHours(2)); // the server was down when the time came
        try (TestServer after = TestServer.on(env, clock)) {
            after.newsroom.articles.publishDue(); // the scheduler's first check after starting

            assertThat(after.get("/").body()).contains("Night tram trial");
        }
    }

    @Test
    void every_change_is_written_to_the_audit_log() {
        Map<String, Object> form = EditorForm.article("Tram extension approved", "erin-editor");
        form.put("action", "publish");
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", form));

        var entries = server.newsroom.database.jdbi().withHandle(h -> h.createQuery(
                "SELECT action || ' ' || subject FROM audit_log WHERE action LIKE 'article.%'").mapTo(String.class).list());
        assertThat(entries).containsExactly("article.publish article:" + id);
    }

    @Test
    void publish_now_and_unpublish() {
        Map<String, Object> form = EditorForm.article("Tram extension approved", "erin-editor");
        form.put("action", "publish");
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", form));
        Story story = server.newsroom.articles.story(id).orElseThrow();
        assertThat(server.get(story.path()).statusCode()).isEqualTo(200);

        Map<String, Object> again = EditorForm.article("Tram extension approved", "erin-editor");
        again.put("action", "unpublish");
        EditorForm.savedId(editor.post("/desk/articles/" + id + "/", again));

        assertThat(server.newsroom.articles.story(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(server.get(story.path()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_contributor_writes_drafts_but_cannot_publish_or_schedule() {
        DeskClient contributor = DeskClient.signedIn(server, Role.CONTRIBUTOR, "Cora Contributor");
        long id = EditorForm.savedId(contributor.post("/desk/articles/new/", EditorForm.article("Library hours cut", "cora-contributor")));

        Map<String, Object> publish = EditorForm.article("Library hours cut", "cora-contributor");
        publish.put("action", "publish");
        HttpResponse<String> refused = contributor.post("/desk/articles/" + id + "/", publish);
        Map<String, Object> schedule = EditorForm.article("Library hours cut", "cora-contributor");
        schedule.put("action", "schedule");
        schedule.put("publish_at", MINUTES.format(clock.instant().plus(Duration.ofHours(1))));
        HttpResponse<String> refusedSchedule = contributor.post("/desk/articles/" + id + "/", schedule);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may save drafts but not publish");
        assertThat(refusedSchedule.statusCode()).isEqualTo(403);
        assertThat(server.newsroom.articles.story(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(contributor.page("/desk/articles/" + id + "/").select("button[value=publish]")).isEmpty();

        publish.put("action", "publish");
        EditorForm.savedId(editor.post("/desk/articles/" + id + "/", publish)); // an editor publishes anyone's
        assertThat(server.newsroom.articles.story(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
        Map<String, Object> edit = EditorForm.article("Library hours cut again", "cora-contributor");
        assertThat(contributor.post("/desk/articles/" + id + "/", edit).statusCode())
                .as("saving a live story is publishing").isEqualTo(403);
    }

    @Test
    void an_author_publishes_their_own_articles_but_cannot_touch_a_colleagues() {
        DeskClient author = DeskClient.signedIn(server, Role.AUTHOR, "Abel Author");
        Map<String, Object> own = EditorForm.article("Ferry timetable changes", "abel-author");
        own.put("action", "publish");
        long ownId = EditorForm.savedId(author.post("/desk/articles/new/", own));
        assertThat(server.newsroom.articles.story(ownId).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

        long colleagues = EditorForm.savedId(editor.post("/desk/articles/new/", EditorForm.article("Council budget leaks", "ada-reporter")));
        Map<String, Object> publish = EditorForm.article("Council budget leaks", "ada-reporter");
        publish.put("action", "publish");
        assertThat(author.post("/desk/articles/" + colleagues + "/", publish).statusCode()).isEqualTo(403);
        assertThat(author.get("/desk/articles/" + colleagues + "/").statusCode()).isEqualTo(403);
        Map<String, Object> someoneElses = EditorForm.article("Ghost written", "ada-reporter");
        someoneElses.put("action", "publish");
        assertThat(author.post("/desk/articles/new/", someoneElses).statusCode())
                .as("publishing a new article in a colleague's name").isEqualTo(403);
        assertThat(server.newsroom.articles.story(colleagues).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void a_signed_out_request_changes_nothing() {
        var response = server.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/desk/articles/new/")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", server.url(""))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("title=Sneaky&body=x&authors=ada-reporter")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(storedArticles()).isZero();
    }

    @Test
    void autosave_creates_the_draft_once_and_keeps_one_revision_for_a_run_of_autosaves() {
        HttpResponse<String> first = editor.postFromScript("/desk/articles/new/autosave/", EditorForm.article("Half-written story", "erin-editor"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        long id = Long.parseLong(first.body().replaceAll("(?s).*\"id\":([0-9]+).*", "$1"));
        Map<String, Object> more = EditorForm.article("Half-written story, more", "erin-editor");
        assertThat(editor.postFromScript("/desk/articles/" + id + "/autosave/", more).statusCode()).isEqualTo(200);

        assertThat(server.newsroom.articles.story(id).orElseThrow().title()).isEqualTo("Half-written story, more");
        assertThat(server.newsroom.revisions.of(id)).hasSize(1);
        Map<String, Object> empty = EditorForm.article("", "erin-editor");
        HttpResponse<String> refused = editor.postFromScript("/desk/articles/" + id + "/autosave/", empty);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Write a headline");
    }

    @Test
    void autosave_never_changes_a_published_story() {
        Map<String, Object> form = EditorForm.article("Live story", "erin-editor");
        form.put("action", "publish");
        long id = EditorForm.savedId(editor.post("/desk/articles/new/", form));

        HttpResponse<String> refused = editor.postFromScript("/desk/articles/" + id + "/autosave/", EditorForm.article("Changed live", "erin-editor"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(server.newsroom.articles.story(id).orElseThrow().title()).isEqualTo("Live story");
    }

    @Test
    void the_preview_of_the_body_is_rendered_by_the_public_pages_own_code() throws Exception {
        String markdown = "## Heading\n\nText with <script>alert(1)</script> and a [link](https://example.org).";
        HttpResponse<String> response = editor.postFromScript("/desk/articles/render/", Map.of("body", markdown));
        assertThat(response.statusCode()).isEqualTo(200);
        String expected = org.masthead.articles.Articles.renderBody(markdown).html();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("html").asText())
                .isEqualTo(expected).contains("<h2>Heading</h2>").doesNotContain("<script>");

        Map<String, Object> form = EditorForm.article("Preview without script", "erin-editor");
        form.put("body", markdown);
        form.put("action", "preview");
        Document page = Jsoup.parse(editor.post("/desk/articles/new/", form).body());
        assertThat(page.select("#body-preview h2").text()).isEqualTo("Heading");
        assertThat(storedArticles()).as("a preview stores nothing").isZero();
    }

    @Test
    void the_slug_suggested_for_a_headline_is_free() {
        EditorForm.savedId(editor.post("/desk/articles/new/", EditorForm.article("Harbour pilots walk out", "erin-editor")));
        assertThat(editor.get("/desk/articles/slug/?title=Harbour%20pilots%20walk%20out").body())
                .contains("\"slug\":\"harbour-pilots-walk-out-2\"");
    }

    @Test
    void the_list_filters_by_status_section_and_author_and_searches_headlines() {
        EditorForm.savedId(editor.post("/desk/articles/new/", EditorForm.article("Harbour pilots walk out", "erin-editor")));
        Map<String, Object> published = EditorForm.article("Tram line opens", "ada-reporter");
        published.put("action", "publish");
        EditorForm.savedId(editor.post("/desk/articles/new/", published));

        assertThat(editor.page("/desk/articles/").select("tbody tr")).hasSize(2);
        assertThat(editor.page("/desk/articles/?status=published").select("tbody th").text()).isEqualTo("Tram line opens");
        assertThat(editor.page("/desk/articles/?author=erin-editor").select("tbody th").text()).isEqualTo("Harbour pilots walk out");
        assertThat(editor.page("/desk/articles/?q=PILOTS").select("tbody th").text()).isEqualTo("Harbour pilots walk out");
        assertThat(editor.page("/desk/articles/?section=news").select("tbody tr")).hasSize(2);
        assertThat(editor.get("/desk/articles/?status=lost").statusCode()).isEqualTo(400);
    }

    private int storedArticles() {
        return server.newsroom.database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM articles").mapTo(Integer.class).one());
    }
}
