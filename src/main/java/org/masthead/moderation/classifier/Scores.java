package org.masthead.moderation.classifier;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The classifier's probability for each {@link Label}, from 0 (surely not) to 1 (surely). */
public final class Scores {
    private final double[] values;

    Scores(double[] values) {
        if (values.length != Label.values().length) throw new IllegalArgumentException("one score per label");
        this.values = values;
    }

    public double of(Label label) {
        return values[label.ordinal()];
    }

    /** Label id to score, in label order: what is stored with the comment and printed by the command line. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Label l : Label.values()) map.put(l.id(), values[l.ordinal()]);
        return map;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scores s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
