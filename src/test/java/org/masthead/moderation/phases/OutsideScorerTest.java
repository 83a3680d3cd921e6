package org.masthead.moderation.phases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.moderation.Decision;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.OutsideScorerConfig;
import org.masthead.moderation.Pipeline;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.masthead.moderation.Verdict;

/** The outside scorer against a small real HTTP server that answers like the Perspective API, or fails to. */
class OutsideScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>("");
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<JsonNode> lastRequest = new AtomicReference<>();
    private final AtomicReference<String> lastQuery = new AtomicReference<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean slow;

    OutsideScorerTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1alpha1/comments:analyze", exchange -> {
            lastQuery.set(exchange.getRequestURI().getQuery());
            lastRequest.set(JSON.readTree(exchange.getRequestBody()));
            if (slow) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1alpha1/comments:analyze";
    }

    private Verdict run(String text, Duration timeout) {
        var scorer = new OutsideScorer(new OutsideScorerConfig(url(), "secret-key", timeout), ModerationSettings::defaults);
        return new Pipeline(List.of(scorer, new Held(), new Trust(new org.masthead.moderation.RememberedComments(),
                ModerationSettings::defaults)))
                .run(new Submission(1, "Ada", "a@example.org", text, "", Instant.now()));
    }

    private static String perspective(double toxicity, double threat) {
        return """
                {"attributeScores": {
                  "TOXICITY": {"spanScores": [], "summaryScore": {"value": %s, "type": "PROBABILITY"}},
                  "THREAT": {"summaryScore": {"value": %s, "type": "PROBABILITY"}}},
                 "languages": ["en"]}""".formatted(toxicity, threat);
    }

    @Test
    void sends_a_perspective_request_and_keeps_the_scores_as_labels() {
        answer.set(perspective(0.12, 0.03));
        Verdict v = run("A calm remark.", Duration.ofSeconds(5));
        assertThat(v.published()).isTrue();
        assertThat(v.labels()).containsEntry("outside.toxicity", 0.12).containsEntry("outside.threat", 0.03);
        assertThat(lastRequest.get().path("comment").path("text").asText()).isEqualTo("A calm remark.");
        assertThat(lastRequest.get().path("requestedAttributes").has("TOXICITY")).isTrue();
        assertThat(lastQuery.get()).isEqualTo("key=secret-key");
    }

    @Test
    void a_high_threat_score_holds_the_comment_and_high_toxicity_is_a_suspicion() {
        answer.set(perspective(0.95, 0.91));
        Verdict v = run("Words.", Duration.ofSeconds(5));
        assertThat(v.decision()).isInstanceOf(Decision.Review.class);
        assertThat(v.decision().reason()).extracting(Reason::phase, Reason::code).containsExactly("outside-scorer", "threat");
        assertThat(v.reasons()).extracting(Reason::code).contains("toxicity");
    }

    @Test
    void a_scorer_that_does_not_answer_in_time_is_noted_and_the_comment_goes_on() {
        slow = true;
        answer.set(perspective(0.99, 0.99));
        Verdict v = run("A calm remark.", Duration.ofMillis(300));
        assertThat(v.published()).isTrue();
        assertThat(v.reasons()).extracting(Reason::code).contains("unavailable");
        assertThat(v.reasons().stream().filter(r -> r.code().equals("unavailable")).findFirst().orElseThrow().detail())
                .contains("300 ms").contains("without it");
        assertThat(v.labels()).isEmpty();
    }

    @Test
    void a_failing_or_absent_scorer_is_noted_and_the_comment_goes_on() {
        status.set(503);
        answer.set("{\"error\": \"overloaded\"}");
        assertThat(run("A calm remark.", Duration.ofSeconds(5)).reasons()).extracting(Reason::code).contains("unavailable");

        status.set(200);
        answer.set("<html>not json</html>");
        assertThat(run("A calm remark.", Duration.ofSeconds(5)).published()).isTrue();

        server.stop(0);
        Verdict gone = run("A calm remark.", Duration.ofSeconds(2));
        assertThat(gone.published()).isTrue();
        assertThat(gone.reasons()).extracting(Reason::code).contains("unavailable");
    }

    @Test
    void is_off_without_a_url() {
        var off = new OutsideScorer(OutsideScorerConfig.off(), ModerationSettings::defaults);
        assertThat(off.assess(new Submission(1, "Ada", "a@example.org", "x", "", Instant.now()),
                new org.masthead.moderation.Findings())).isEmpty();
        assertThat(lastRequest.get()).isNull();
    }
}
