package org.masthead.moderation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pipeline's answer: the deciding decision, every reason given on the way, the label scores and the matched
 * words with their places in the text. Stored with the comment as JSON ({@link VerdictJson}).
 */
public record Verdict(Decision decision, List<Reason> reasons, Map<String, Double> labels, List<Match> matches) {
    public boolean published() {
        return decision instanceof Decision.Publish;
    }

    public boolean rejected() {
        return decision instanceof Decision.Reject;
    }

    /** One line per reason, as stored with the comment for moderators. */
    public String reasonsText() {
        return reasons.stream().map(r -> r.phase() + "/" + r.code() + ": " + r.detail()).collect(Collectors.joining("\n"));
    }
}
