package org.masthead.moderation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the phases noticed on the way: every reason and label score, kept with the comment. */
public final class Findings {
    private final List<Reason> reasons = new ArrayList<>();
    private final Map<String, Double> labels = new LinkedHashMap<>();

    public void note(Reason reason) {
        reasons.add(reason);
    }

    public void score(String label, double value) {
        labels.put(label, value);
    }

    Verdict conclude(Decision decision) {
        List<Reason> all = new ArrayList<>(reasons);
        all.add(decision.reason());
        return new Verdict(decision, List.copyOf(all), Map.copyOf(labels));
    }
}
