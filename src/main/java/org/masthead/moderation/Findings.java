package org.masthead.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the phases noticed on the way: every reason, label score and matched word, kept with the comment. A phase
 * that is sure decides at once; a phase that only has a concern records it here, so the phases after it still run
 * and the moderator sees everything that was noticed: {@link #hold} (a moderator must read this comment, whoever
 * wrote it) and {@link #suspect} (hold it unless its writer is trusted). The last phases turn these into a decision.
 */
public final class Findings {
    private final List<Reason> reasons = new ArrayList<>();
    private final Map<String, Double> labels = new LinkedHashMap<>();
    private final List<Match> matches = new ArrayList<>();
    private final List<Reason> holds = new ArrayList<>();
    private final List<Reason> suspicions = new ArrayList<>();

    public void note(Reason reason) {
        reasons.add(reason);
    }

    public void score(String label, double value) {
        labels.put(label, value);
    }

    public void match(Match match) {
        matches.add(match);
    }

    /** This comment must not go live before a moderator read it, however trusted its writer. */
    public void hold(Reason reason) {
        reasons.add(reason);
        holds.add(reason);
    }

    /** This comment should wait for a moderator unless its writer has earned trust. */
    public void suspect(Reason reason) {
        reasons.add(reason);
        suspicions.add(reason);
    }

    public List<Reason> holds() {
        return List.copyOf(holds);
    }

    public List<Reason> suspicions() {
        return List.copyOf(suspicions);
    }

    public Map<String, Double> labels() {
        return Map.copyOf(labels);
    }

    Verdict conclude(Decision decision) {
        List<Reason> all = new ArrayList<>(reasons);
        // A decision that repeats a concern already noted (a hold turned into a review) is listed once.
        if (all.stream().noneMatch(r -> r == decision.reason())) all.add(decision.reason());
        return new Verdict(decision, List.copyOf(all), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels)),
                List.copyOf(matches));
    }
}
