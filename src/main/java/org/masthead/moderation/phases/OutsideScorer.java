package org.masthead.moderation.phases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.moderation.Decision;
import org.masthead.moderation.Findings;
import org.masthead.moderation.ModerationSettings;
import org.masthead.moderation.OutsideScorerConfig;
import org.masthead.moderation.Phase;
import org.masthead.moderation.Reason;
import org.masthead.moderation.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an outside service that speaks the Perspective API ({@code comments:analyze}) for scores, when the operator
 * configured one. Its scores are noted as labels "outside.toxicity" and so on; a score at or over its threshold
 * ({@code moderation.threshold.outside.LABEL}, default 0.8) holds the comment (threats) or is a suspicion (the rest).
 * The service is never in charge: when it is slow, down or answers nonsense, the comment goes on without it and
 * the reasons say so.
 */
public final class OutsideScorer implements Phase {
    private static final Logger LOG = LoggerFactory.getLogger(OutsideScorer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DEFAULT_THRESHOLD = 0.8;
    /** Perspective's attribute names and the labels they are kept under. */
    private static final Map<String, String> ATTRIBUTES = Map.of("TOXICITY", "toxicity", "INSULT", "insult",
            "IDENTITY_ATTACK", "identity_hate", "THREAT", "threat", "PROFANITY", "profanity");
    private final OutsideScorerConfig config;
    private final Supplier<ModerationSettings> settings;
    private final HttpClient client;

    public OutsideScorer(OutsideScorerConfig config, Supplier<ModerationSettings> settings) {
        this.config = config;
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public Optional<Decision> assess(Submission s, Findings f) {
        if (!config.enabled()) return Optional.empty();
        JsonNode scores;
        try {
            scores = ask(s.text());
        } catch (HttpTimeoutException e) {
            return unavailable(f, "did not answer within " + config.timeout().toMillis() + " ms");
        } catch (Exception e) {
            LOG.warn("outside scorer unavailable: {}", e.toString());
            return unavailable(f, "could not be asked (" + e.getClass().getSimpleName() + ")");
        }
        ModerationSettings site = settings.get();
        for (var attribute : ATTRIBUTES.entrySet()) {
            JsonNode value = scores.path(attribute.getKey()).path("summaryScore").path("value");
            if (!value.isNumber()) continue;
            String label = "outside." + attribute.getValue();
            double score = value.asDouble();
            f.score(label, score);
            if (score < site.threshold(label, DEFAULT_THRESHOLD)) continue;
            Reason reason = new Reason("outside-scorer", attribute.getValue(), String.format(Locale.ROOT,
                    "The outside scorer rates it %s at %.2f.", attribute.getValue().replace('_', ' '), score));
            if (attribute.getValue().equals("threat")) f.hold(reason);
            else f.suspect(reason);
        }
        return Optional.empty();
    }

    /** Perspective's {@code attributeScores}; anything else is an exception. */
    private JsonNode ask(String text) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("comment").put("text", text);
        ObjectNode requested = body.putObject("requestedAttributes");
        ATTRIBUTES.keySet().forEach(requested::putObject);
        body.put("doNotStore", true);
        String url = config.key().isBlank() ? config.url()
                : config.url() + (config.url().contains("?") ? "&" : "?") + "key=" + URLEncoder.encode(config.key(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) throw new IllegalStateException("HTTP " + response.statusCode());
        JsonNode scores = JSON.readTree(response.body()).path("attributeScores");
        if (!scores.isObject()) throw new IllegalStateException("no attributeScores in the answer");
        return scores;
    }

    private static Optional<Decision> unavailable(Findings f, String why) {
        f.note(new Reason("outside-scorer", "unavailable", "The outside scorer " + why
                + "; the comment was judged without it."));
        return Optional.empty();
    }
}
