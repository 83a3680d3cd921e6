package org.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.comments.CommentApiTest.comment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestServer;

/** The live stream: Server-Sent Events for every comment published on the article, read as a browser would. */
class LiveCommentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server = TestServer.empty();
    private final Fixtures fixtures = new Fixtures(server.newsroom).basics();
    private final long article = fixtures.publish("Council votes on the bridge", "The council met on Tuesday.");
    private final List<Stream<String>> open = new ArrayList<>();
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        open.forEach(Stream::close);
        server.close();
        client.close();
    }

    @Test
    void a_published_comment_arrives_on_the_stream_with_its_html() throws Exception {
        BlockingQueue<String> lines = follow(article, Map.of());
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": live");

        long id = post(article, comment("Olena", "olena@example.org", "Watching this live."));

        JsonNode event = nextEvent(lines, id);
        assertThat(event.get("author").asText()).isEqualTo("Olena");
        assertThat(event.get("parentId").isNull()).isTrue();
        assertThat(event.get("count").asInt()).isEqualTo(1);
        assertThat(event.get("html").asText()).startsWith("<li class=\"comment\" id=\"comment-" + id + "\"")
                .contains("Watching this live.");
    }

    @Test
    void replies_say_their_parent_and_other_articles_comments_do_not_arrive() throws Exception {
        long other = fixtures.publish("Another story", "Elsewhere.");
        long parent = post(article, comment("Olena", "olena@example.org", "First."));
        BlockingQueue<String> lines = follow(article, Map.of());
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": live");

        post(other, comment("Mark", "mark@example.org", "Not on this article."));
        long reply = post(article, comment("Taras", "taras@example.org", "A reply.").put("parentId", parent));

        JsonNode event = nextEvent(lines, reply);
        assertThat(event.get("parentId").asLong()).isEqualTo(parent);
        assertThat(event.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void a_reconnecting_reader_first_gets_what_it_missed_since_its_last_event() throws Exception {
        long seen = post(article, comment("Olena", "olena@example.org", "Seen before the network dropped."));
        long missed = post(article, comment("Taras", "taras@example.org", "Posted while away."));

        BlockingQueue<String> lines = follow(article, Map.of("Last-Event-ID", String.valueOf(seen)));

        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo(": live");
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("id: " + missed);
        assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("event: comment");
        String data = lines.poll(10, TimeUnit.SECONDS);
        assertThat(data).startsWith("data: ");
        assertThat(JSON.readTree(data.substring(6)).get("author").asText()).isEqualTo("Taras");
    }

    @Test
    void the_stream_wants_an_event_stream_client_and_a_real_article() {
        HttpResponse<String> plain = server.get("/api/articles/" + article + "/comments/live");
        assertThat(plain.statusCode()).isEqualTo(406);
        assertThat(CommentApiTest.json(plain).get("code").asText()).isEqualTo("not-acceptable");

        HttpResponse<String> unknown = server.get("/api/articles/424242/comments/live", Map.of("Accept", "text/event-stream"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(CommentApiTest.json(unknown).get("code").asText()).isEqualTo("not-found");

        HttpResponse<String> badAfter = server.get("/api/articles/" + article + "/comments/live?after=x",
                Map.of("Accept", "text/event-stream"));
        assertThat(badAfter.statusCode()).isEqualTo(400);
    }

    // --- helpers ---

    /** Opens the stream in the background; its lines (comments, events, data) arrive in the returned queue. */
    private BlockingQueue<String> follow(long articleId, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/api/articles/" + articleId
                + "/comments/live"))).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<Stream<String>> response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        Stream<String> body = response.body();
        open.add(body);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try {
                body.filter(line -> !line.isEmpty()).forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test ended and closed the stream
            }
        });
        return lines;
    }

    /** Reads lines until the data of the event with this id; fails after 10 seconds. */
    private static JsonNode nextEvent(BlockingQueue<String> lines, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String lastId = null; // Javalin writes id, then event, then data
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) break;
            if (line.startsWith("id: ")) lastId = line.substring(4);
            if (line.startsWith("data: ")) {
                JsonNode data = JSON.readTree(line.substring(6));
                if (data.get("id").asLong() == id) {
                    assertThat(lastId).isEqualTo(String.valueOf(id));
                    return data;
                }
            }
        }
        throw new AssertionError("no event for comment " + id + " within 10 seconds");
    }

    private long post(long articleId, ObjectNode comment) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/articles/" + articleId + "/comments")))
                .header("Content-Type", "application/json").header("Origin", server.url(""))
                .POST(HttpRequest.BodyPublishers.ofString(comment.toString())).build();
        HttpResponse<String> response = server.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return CommentApiTest.json(response).get("id").asLong();
    }
}
