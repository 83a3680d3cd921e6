package org.masthead.moderation.classifier;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.masthead.config.Setting;
import org.masthead.config.Settings;

/**
 * Where a label's score starts to matter: at or above {@code hold} the comment waits for a moderator; above
 * {@code reject} (threats, identity hate and spam only) it is refused outright, with the reason told to its author,
 * who may ask for a second look. A reject threshold of 1 turns rejection off for that label. The values are
 * settings ({@code moderation.classifier.*}); their defaults come from the evaluation in docs/MODERATION.md.
 */
public record Thresholds(Map<Label, Double> hold, Map<Label, Double> reject) {
    private static final Map<Label, Setting> HOLD = Map.of(
            Label.TOXICITY, Setting.CLASSIFIER_HOLD_TOXICITY, Label.INSULT, Setting.CLASSIFIER_HOLD_INSULT,
            Label.IDENTITY_HATE, Setting.CLASSIFIER_HOLD_IDENTITY_HATE, Label.THREAT, Setting.CLASSIFIER_HOLD_THREAT,
            Label.SPAM, Setting.CLASSIFIER_HOLD_SPAM);
    private static final Map<Label, Setting> REJECT = Map.of(
            Label.IDENTITY_HATE, Setting.CLASSIFIER_REJECT_IDENTITY_HATE, Label.THREAT, Setting.CLASSIFIER_REJECT_THREAT,
            Label.SPAM, Setting.CLASSIFIER_REJECT_SPAM);

    public Thresholds {
        hold = Map.copyOf(new EnumMap<>(hold));
        reject = Map.copyOf(new EnumMap<>(reject));
        for (Label l : Label.values()) {
            if (!hold.containsKey(l) || !reject.containsKey(l)) throw new IllegalArgumentException("no threshold for " + l.id());
        }
    }

    public static Thresholds defaults() {
        return from(s -> s.defaultValue);
    }

    /** From the settings' values; a value that is not a number from 0 to 1 is refused with the setting's name. */
    public static Thresholds from(Function<Setting, String> values) {
        Map<Label, Double> hold = new EnumMap<>(Label.class);
        Map<Label, Double> reject = new EnumMap<>(Label.class);
        for (Label l : Label.values()) {
            hold.put(l, probability(HOLD.get(l), values.apply(HOLD.get(l))));
            reject.put(l, REJECT.containsKey(l) ? probability(REJECT.get(l), values.apply(REJECT.get(l))) : 1.0);
        }
        return new Thresholds(hold, reject);
    }

    private static double probability(Setting s, String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Settings.InvalidSettingException(s.envName() + " (" + s.key + ") must be a number from 0 to 1, not '"
                + value + "'");
    }

    public boolean holds(Label label, double score) {
        return score >= hold.get(label);
    }

    public boolean rejects(Label label, double score) {
        return score > reject.get(label);
    }

    /** Whether any label would hold (or reject) a comment with these scores. */
    public boolean holdsAny(Scores scores) {
        for (Label l : Label.values()) if (holds(l, scores.of(l))) return true;
        return false;
    }
}
