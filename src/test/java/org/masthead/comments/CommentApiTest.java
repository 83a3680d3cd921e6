package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.articles.ArticleStatus;
import org.masthead.articles.CommentsMode;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** The comments JSON API over HTTP: the same rules as the form, and clear JSON errors that store nothing. */
class CommentApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Council votes on the bridge", "The council met on Tuesday.");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listing_returns_whole_threads_with_replies_nested_under_their_parents() {
        long first = posted(comment("Olena", "olena@example.org", "The bridge is long overdue."));
        long reply = posted(comment("Taras", "taras@example.org", "It will cost a fortune.").put("parentId", first));
        long replyToReply = posted(comment("Olena", "olena@example.org", "Less than the ferry.").put("parentId", reply));
        long second = posted(comment("Mark", "mark@example.org", "Кто будет платить? 🌉"));

        JsonNode listing = json(server.get(api("")));

        assertThat(listing.get("article").asLong()).isEqualTo(article);
        assertThat(listing.get("count").asInt()).isEqualTo(4);
        assertThat(listing.get("page").asInt()).isEqualTo(1);
        assertThat(listing.get("lastPage").asInt()).isEqualTo(1);
        assertThat(listing.get("sort").asText()).isEqualTo("oldest");
        JsonNode threads = listing.get("comments");
        assertThat(threads).hasSize(2);
        JsonNode top = threads.get(0);
        assertThat(top.get("id").asLong()).isEqualTo(first);
        assertThat(top.get("parentId").isNull()).isTrue();
        assertThat(top.get("depth").asInt()).isEqualTo(1);
        assertThat(top.get("author").asText()).isEqualTo("Olena");
        assertThat(top.get("avatar").asText()).matches("/avatars/[0-9a-f]{20}\\.svg");
        assertThat(top.get("html").asText().strip()).isEqualTo("<p>The bridge is long overdue.</p>");
        assertThat(top.get("deleted").asBoolean()).isFalse();
        assertThat(top.get("likes").asInt()).isZero();
        assertThat(Instant.parse(top.get("createdAt").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(top.get("url").asText()).isEqualTo("/comments/" + first + "/");
        JsonNode nested = top.get("replies").get(0);
        assertThat(nested.get("id").asLong()).isEqualTo(reply);
        assertThat(nested.get("parentId").asLong()).isEqualTo(first);
        assertThat(nested.get("replies").get(0).get("id").asLong()).isEqualTo(replyToReply);
        assertThat(nested.get("replies").get(0).get("depth").asInt()).isEqualTo(3);
        assertThat(threads.get(1).get("id").asLong()).isEqualTo(second);
        assertThat(threads.get(1).get("html").asText()).contains("Кто будет платить? 🌉");

        JsonNode newest = json(server.get(api("?sort=newest")));
        assertThat(newest.get("sort").asText()).isEqualTo("newest");
        assertThat(newest.get("comments").get(0).get("id").asLong()).isEqualTo(second);
    }

    @Test
    void a_posted_comment_answers_201_with_its_html_and_shows_at_once_in_the_listing_and_the_cached_page() {
        String articlePath = server.newsroom.articles.ref(article).orElseThrow().path();
        assertThat(server.get(articlePath).body()).contains("0 comments"); // now in the page cache

        HttpResponse<String> response = post(comment("Olena", "olena@example.org", "I was at the meeting.")
                .put("notify", true));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> t.startsWith("application/json"));
        JsonNode body = json(response);
        long id = body.get("id").asLong();
        assertThat(body.get("status").asText()).isEqualTo("published");
        assertThat(body.get("url").asText()).isEqualTo("/comments/" + id + "/");
        assertThat(response.headers().firstValue("Location")).hasValue("/comments/" + id + "/");
        assertThat(body.get("html").asText()).startsWith("<li class=\"comment\" id=\"comment-" + id + "\"")
                .contains("I was at the meeting.").contains("data-reply=\"" + id + "\"").endsWith("</li>");
        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("mh_owner=") && c.contains("HttpOnly"))
                .anyMatch(c -> c.startsWith("mh_commenter=Olena%0Aolena%40example.org"));

        assertThat(json(server.get(api(""))).get("comments").get(0).get("id").asLong()).isEqualTo(id);
        String page = server.get(articlePath).body();
        assertThat(page).contains("id=\"comment-" + id + "\"").contains("I was at the meeting.").contains("1 comment");
    }

    @Test
    void the_owner_cookie_set_by_the_api_lets_the_same_browser_edit_the_comment() {
        HttpResponse<String> response = post(comment("Olena", "olena@example.org", "Typo in here."));
        String owner = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("mh_owner="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        long id = json(response).get("id").asLong();

        assertThat(server.get("/comments/" + id + "/edit/", Map.of("Cookie", owner)).statusCode()).isEqualTo(200);
        assertThat(server.get("/comments/" + id + "/edit/").statusCode()).isEqualTo(403);
    }

    @Test
    void a_reply_past_the_deepest_level_says_where_it_went() {
        long levelFive = posted(comment("Reader 1", "reader1@example.org", "Level 1"));
        for (int depth = 2; depth <= 5; depth++) {
            levelFive = posted(comment("Reader " + depth, "reader" + depth + "@example.org", "Level " + depth)
                    .put("parentId", levelFive));
        }
        long levelFour = server.newsroom.comments.find(levelFive).parentId();

        JsonNode deeper = json(post(comment("Deep", "deep@example.org", "Level six?").put("parentId", levelFive)));

        assertThat(deeper.get("parentId").asLong()).isEqualTo(levelFour);
    }

    @Test
    void refused_and_malformed_posts_answer_4xx_json_with_a_plain_message_and_store_nothing() {
        Map<String, Refusal> cases = new LinkedHashMap<>();
        cases.put("empty text", refusal(comment("Olena", "olena@example.org", "   "), 422, "validate/empty"));
        cases.put("too long", refusal(comment("Olena", "olena@example.org", "x".repeat(5001)), 422, "validate/too-long"));
        cases.put("script tag", refusal(comment("Olena", "olena@example.org", "Hi <script>alert(1)</script>"), 422,
                "validate/html"));
        cases.put("bad email", refusal(comment("Olena", "not-an-address", "Hello"), 422, "validate/bad-email"));
        cases.put("no name", refusal(JSON.createObjectNode().put("email", "a@example.org").put("text", "Hi"), 422,
                "validate/no-name"));
        cases.put("NUL name", refusal(comment("\u0000", "olena@example.org", "Hello"), 422, "validate/control-characters"));
        cases.put("unknown parent", refusal(comment("Olena", "olena@example.org", "Hi").put("parentId", 987654), 400,
                "bad-request"));
        cases.put("wrong type", refusal(comment("Olena", "olena@example.org", "Hi").put("notify", "yes"), 400, "wrong-type"));
        cases.put("number as name", refusal(comment("Olena", "olena@example.org", "Hi").put("name", 42), 400, "wrong-type"));
        cases.put("text parent", refusal(comment("Olena", "olena@example.org", "Hi").put("parentId", "12"), 400, "wrong-type"));
        cases.put("negative parent", refusal(comment("Olena", "olena@example.org", "Hi").put("parentId", -3), 400, "wrong-type"));
        cases.put("unknown field", refusal(comment("Olena", "olena@example.org", "Hi").put("txt", "Hi"), 400, "unknown-field"));
        cases.put("malformed JSON", refusal("{\"name\": \"Olena\", \"text\": ", 400, "malformed-json"));
        cases.put("trailing text", refusal("{\"name\": \"Olena\"} {}", 400, "malformed-json"));
        cases.put("duplicate key", refusal("{\"text\": \"a\", \"text\": \"b\"}", 400, "malformed-json"));
        cases.put("not an object", refusal("[\"Olena\"]", 400, "malformed-json"));
        cases.put("empty body", refusal("", 400, "malformed-json"));
        cases.put("lone surrogate", refusal("{\"name\": \"Olena\", \"email\": \"o@example.org\", \"text\": \"a\\ud800b\"}",
                400, "invalid-unicode"));
        cases.put("invalid UTF-8", new Refusal(
                bytes("{\"name\": \"Olena\", \"email\": \"o@example.org\", \"text\": \"caf", new byte[] {(byte) 0xC3, 0x28},
                        "\"}"), "application/json", 400, "invalid-utf8"));
        cases.put("huge body", new Refusal(("{\"text\": \"" + "x".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json", 413, "too-large"));
        cases.put("form encoding", new Refusal("name=Olena".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", 415, "unsupported-media-type"));

        cases.forEach((name, refusal) -> {
            HttpResponse<String> response = post(refusal.body(), refusal.contentType(), true);
            assertThat(response.statusCode()).as(name).isEqualTo(refusal.status());
            assertThat(response.headers().firstValue("Content-Type")).as(name)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = json(response);
            assertThat(error.get("code").asText()).as(name).isEqualTo(refusal.code());
            assertThat(error.get("error").asText()).as(name).isNotBlank().doesNotContain("Exception").doesNotContain("at org.");
        });
        assertThat(storedComments()).isZero();
    }

    @Test
    void refusal_messages_are_the_plain_sentences_readers_see_on_the_form() {
        JsonNode error = json(post(comment("Olena", "olena@example.org", "")));
        assertThat(error.get("error").asText()).isEqualTo("Your comment is empty.");
    }

    @Test
    void a_burst_of_comments_is_rate_limited_with_429() {
        for (int i = 1; i <= 5; i++) {
            assertThat(post(comment("Olena", "olena@example.org", "Point number " + i)).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> sixth = post(comment("Olena", "olena@example.org", "Point number 6"));

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(json(sixth).get("code").asText()).isEqualTo("rate-limit/email");
        assertThat(json(sixth).get("error").asText()).contains("wait a minute");
        assertThat(storedComments()).isEqualTo(5);
    }

    @Test
    void closed_discussions_refuse_new_comments_with_403_but_still_list_the_old_ones() {
        posted(comment("Olena", "olena@example.org", "Before closing."));
        server.newsroom.articles.setCommentsMode(article, CommentsMode.CLOSED);

        HttpResponse<String> response = post(comment("Taras", "taras@example.org", "After closing."));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("code").asText()).isEqualTo("closed");
        assertThat(json(response).get("error").asText()).isEqualTo("Comments on this article are closed.");
        JsonNode listing = json(server.get(api("")));
        assertThat(listing.get("open").asBoolean()).isFalse();
        assertThat(listing.get("comments")).hasSize(1);
        assertThat(storedComments()).isEqualTo(1);
    }

    @Test
    void unknown_unpublished_and_hidden_articles_answer_404_json() {
        long draft = server.newsroom.articles.create(Fixtures.draft("Draft", "Not yet.", ArticleStatus.DRAFT, null));
        long hidden = fixtures.publish("No comments here", "Body.");
        server.newsroom.articles.setCommentsMode(hidden, CommentsMode.HIDDEN);

        for (String id : List.of("999999", "abc", "1e3", String.valueOf(draft), String.valueOf(hidden))) {
            for (HttpResponse<String> response : List.of(server.get("/api/articles/" + id + "/comments"),
                    post("/api/articles/" + id + "/comments", comment("Olena", "olena@example.org", "Hi").toString()))) {
                assertThat(response.statusCode()).as(id).isEqualTo(404);
                assertThat(json(response).get("code").asText()).as(id).isEqualTo("not-found");
            }
        }
        assertThat(storedComments()).isZero();
    }

    @Test
    void bad_query_parameters_and_unknown_api_addresses_answer_json_errors() {
        assertThat(server.get(api("?sort=loudest")).statusCode()).isEqualTo(400);
        assertThat(json(server.get(api("?sort=loudest"))).get("error").asText()).contains("oldest, newest or liked");
        assertThat(server.get(api("?page=zero")).statusCode()).isEqualTo(400);
        assertThat(server.get(api("?page=9")).statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = server.get("/api/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("not-found");
        HttpResponse<String> wrongMethod = server.send(HttpRequest.newBuilder(URI.create(server.url(api(""))))
                .header("Origin", server.url("")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isIn(404, 405);
        assertThat(json(wrongMethod).get("error").asText()).isNotBlank();
    }

    @Test
    void posts_from_other_sites_are_refused_and_programs_without_origin_may_post_json() {
        HttpRequest crossSite = HttpRequest.newBuilder(URI.create(server.url(api(""))))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(comment("Eve", "eve@example.org", "Hi").toString())).build();
        HttpResponse<String> refused = server.send(crossSite, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("code").asText()).isEqualTo("forbidden");

        HttpResponse<String> program = post(comment("Bot", "bot@example.org", "From a script").toString()
                .getBytes(StandardCharsets.UTF_8), "application/json", false);
        assertThat(program.statusCode()).isEqualTo(201);
        assertThat(storedComments()).isEqualTo(1);
    }

    // --- helpers ---

    private record Refusal(byte[] body, String contentType, int status, String code) {}

    private static Refusal refusal(Object json, int status, String code) {
        return new Refusal(json.toString().getBytes(StandardCharsets.UTF_8), "application/json", status, code);
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8), c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }

    static ObjectNode comment(String name, String email, String text) {
        return JSON.createObjectNode().put("name", name).put("email", email).put("text", text);
    }

    private String api(String query) {
        return "/api/articles/" + article + "/comments" + query;
    }

    private long posted(ObjectNode comment) {
        HttpResponse<String> response = post(comment);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asLong();
    }

    private HttpResponse<String> post(ObjectNode comment) {
        return post(api(""), comment.toString());
    }

    private HttpResponse<String> post(String path, String json) {
        return send(path, json.getBytes(StandardCharsets.UTF_8), "application/json", true);
    }

    private HttpResponse<String> post(byte[] body, String contentType, boolean withOrigin) {
        return send(api(""), body, contentType, withOrigin);
    }

    /** As a browser's fetch sends it (with Origin), or as a program does (JSON without Origin). */
    private HttpResponse<String> send(String path, byte[] body, String contentType, boolean withOrigin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (withOrigin) request.header("Origin", server.url(""));
        return server.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int storedComments() {
        return server.newsroom.database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM comments")
                .mapTo(Integer.class).one());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }
}
