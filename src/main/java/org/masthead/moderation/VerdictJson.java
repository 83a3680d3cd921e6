package org.masthead.moderation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A verdict as stored with its comment (column {@code comments.moderation}) and printed by {@code moderation check}:
 * <pre>
 * {"decision": "review", "decidedBy": {"phase", "code", "detail"}, "reasons": [{"phase", "code", "detail"}, ...],
 *  "labels": {"toxicity": 0.91, ...}, "matches": [{"list", "category", "term", "start", "end", "found"}, ...]}
 * </pre>
 * Offsets count UTF-16 units of the comment's text as stored, as Java and JavaScript strings do.
 */
public final class VerdictJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VerdictJson() {}

    record Stored(String decision, Reason decidedBy, List<Reason> reasons, Map<String, Double> labels, List<Match> matches) {}

    public static String write(Verdict v) {
        try {
            return MAPPER.writeValueAsString(new Stored(v.decision().word(), v.decision().reason(), v.reasons(),
                    new LinkedHashMap<>(v.labels()), v.matches()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The verdict stored with a comment; comments stored before verdicts were kept read as an empty publish. */
    public static Verdict read(String json) {
        if (json == null || json.isBlank()) {
            return new Verdict(new Decision.Publish(new Reason("pipeline", "unknown", "stored before reasons were kept")),
                    List.of(), Map.of(), List.of());
        }
        try {
            Stored s = MAPPER.readValue(json, Stored.class);
            Decision decision = switch (s.decision()) {
                case "publish" -> new Decision.Publish(s.decidedBy());
                case "review" -> new Decision.Review(s.decidedBy());
                case "reject" -> new Decision.Reject(s.decidedBy());
                default -> throw new IllegalArgumentException("unknown decision " + s.decision());
            };
            return new Verdict(decision, nonNull(s.reasons()), s.labels() == null ? Map.of() : s.labels(),
                    nonNull(s.matches()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored verdict: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
