package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.sanctions.Commenter;
import org.masthead.moderation.sanctions.RuleAction;
import org.masthead.testing.Browser;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** The whole pipeline behind the comment form and the JSON API, as readers meet it. */
class ModeratedCommentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Council votes on the bridge", "The council met on Tuesday.");
    private final Browser author = new Browser(server);
    private final Browser other = new Browser(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private Document articlePage(Browser who) {
        return who.page(fixtures.path(article));
    }

    @Test
    void a_held_comment_awaits_moderation_for_its_author_and_is_invisible_to_everyone_else() {
        var response = author.comment(article, null, "Sam", "sam@example.org", "Only an 1d10t would vote for this bridge.");

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/comments/[0-9]+/");
        Document note = author.page(location);
        assertThat(note.select("h1").text()).contains("awaiting moderation");
        assertThat(note.text()).contains("Only an 1d10t would vote");

        assertThat(other.get(location).statusCode()).isEqualTo(404);
        assertThat(articlePage(other).text()).doesNotContain("1d10t");
        assertThat(articlePage(author).text()).doesNotContain("1d10t");

        long id = Long.parseLong(location.replaceAll("[^0-9]", ""));
        Verdict stored = server.newsroom.comments.verdict(id);
        assertThat(stored.decision().reason().code()).isEqualTo("suspect-term");
        assertThat(stored.matches()).extracting(Match::found).containsExactly("1d10t");
    }

    @Test
    void a_refused_comment_is_explained_on_the_form_which_keeps_the_text_and_nothing_is_stored() {
        server.newsroom.moderation.sanctions().ban(Commenter.email("troll@example.org"), "threats", "mod");

        var response = author.comment(article, null, "Troll", "troll@example.org", "I am back with more to say.");

        assertThat(response.statusCode()).isEqualTo(422);
        Document form = Jsoup.parse(response.body());
        assertThat(form.text()).contains("You can no longer comment on this site");
        assertThat(form.select("textarea[name=text]").text()).isEqualTo("I am back with more to say.");
        assertThat(fixtures.storedComments()).isZero();
    }

    @Test
    void threats_are_held_even_for_trusted_readers_whose_suspect_words_go_through() {
        server.newsroom.site.update(Map.of("moderation.reject.threat", "1")); // held, not refused: holds are the point here
        for (int i = 0; i < 2; i++) {
            var held = author.comment(article, null, "Vera", "vera@example.org", "Bah, idiots " + i);
            approve(Long.parseLong(held.headers().firstValue("Location").orElseThrow().replaceAll("[^0-9]", "")));
        }
        assertThat(server.newsroom.comments.history().approvedComments("vera@example.org")).isEqualTo(2);

        var harsh = author.comment(article, null, "Vera", "vera@example.org", "The planners are idiots.");
        assertThat(harsh.headers().firstValue("Location").orElseThrow()).contains("#comment-");
        var threat = author.comment(article, null, "Vera", "vera@example.org", "The mayor should be shot for this.");
        assertThat(threat.headers().firstValue("Location").orElseThrow()).matches("/comments/[0-9]+/");
        assertThat(articlePage(other).text()).contains("The planners are idiots").doesNotContain("should be shot");
    }

    @Test
    void the_json_api_answers_pending_for_a_held_comment_and_explains_a_refusal() throws Exception {
        server.newsroom.moderation.sanctions().setDomainRule("spam.example", RuleAction.BLOCK, "");

        HttpResponse<String> held = api("{\"name\": \"Sam\", \"email\": \"sam@example.org\", \"text\": \"Ты идиот.\"}");
        assertThat(held.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(held.body()).get("status").asText()).isEqualTo("pending");
        JsonNode listing = JSON.readTree(server.get("/api/articles/" + article + "/comments").body());
        assertThat(listing.get("count").asInt()).isZero();
        assertThat(listing.get("comments")).isEmpty();

        HttpResponse<String> refused = api("{\"name\": \"Bot\", \"email\": \"bot@shop.spam.example\", \"text\": \"Hello\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = JSON.readTree(refused.body());
        assertThat(error.get("code").asText()).isEqualTo("banned/email-domain");
        assertThat(error.get("error").asText()).contains("another email address");
        assertThat(fixtures.storedComments()).isEqualTo(1);
    }

    @Test
    void the_site_mode_is_a_setting_that_applies_at_once() {
        server.newsroom.site.update(Map.of("moderation.mode", "all"));
        var everything = author.comment(article, null, "Sam", "sam@example.org", "A calm and kind remark.");
        assertThat(everything.headers().firstValue("Location").orElseThrow()).matches("/comments/[0-9]+/");

        server.newsroom.site.update(Map.of("moderation.mode", "first", "moderation.trust-after", "1"));
        var first = author.comment(article, null, "Ola", "ola@example.org", "My first comment here.");
        assertThat(first.headers().firstValue("Location").orElseThrow()).matches("/comments/[0-9]+/");

        server.newsroom.site.update(Map.of("moderation.mode", "post"));
        var post = author.comment(article, null, "Ola", "ola@example.org", "This is my second comment on the story.");
        assertThat(post.headers().firstValue("Location").orElseThrow()).contains("#comment-");
    }

    @Test
    void an_edit_that_turns_a_comment_abusive_takes_it_out_of_the_discussion_until_a_moderator_reads_it() {
        server.newsroom.site.update(Map.of("moderation.reject.threat", "1")); // held, not refused: holds are the point here
        long id = Browser.commentId(author.comment(article, null, "Sam", "sam@example.org", "The bridge is a fine idea."));
        assertThat(articlePage(other).text()).contains("The bridge is a fine idea.");

        var edited = author.post("/comments/" + id + "/edit/", Map.of("text", "The mayor should be shot for this bridge."));

        assertThat(edited.headers().firstValue("Location").orElseThrow()).isEqualTo("/comments/" + id + "/");
        assertThat(author.page("/comments/" + id + "/").select("h1").text()).contains("awaiting moderation");
        assertThat(articlePage(other).text()).doesNotContain("bridge is a fine idea").doesNotContain("should be shot");
        assertThat(server.newsroom.comments.verdict(id).decision().reason().code()).isEqualTo("threat-term");
    }

    /** What a moderator's approval does to the stored comment (the moderators' desk does it through its own API). */
    private void approve(long id) {
        server.newsroom.database.jdbi().useHandle(h -> h.createUpdate("UPDATE comments SET status = 'published' WHERE id = :id")
                .bind("id", id).execute());
    }

    private HttpResponse<String> api(String json) {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("/api/articles/" + article + "/comments")))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Origin", server.url("")).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
