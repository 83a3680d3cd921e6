package org.masthead.moderation;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.masthead.moderation.classifier.Label;
import org.masthead.moderation.classifier.Thresholds;
import org.masthead.web.BadInput;

/**
 * How this site moderates, stored with the site's settings (so an admin changes it on the desk while the site runs):
 * <ul>
 * <li>{@code moderation.mode}: {@code post} (publish what no phase objects to; the default), {@code first} (hold a
 * reader's comments until a moderator has approved {@code trust-after} of them) or {@code all} (hold everything);
 * <li>{@code moderation.trust-after}: approved comments after which a reader is trusted (default 2);
 * <li>{@code moderation.max-links}: more links than this hold a comment (default 2);
 * <li>{@code moderation.threshold.LABEL}: the score from which a label holds a comment (e.g.
 * {@code moderation.threshold.threat}, or {@code moderation.threshold.outside.threat} for the outside scorer);
 * <li>{@code moderation.reject.LABEL}: the score above which the classifier refuses a comment (threat,
 * identity_hate and spam only);
 * <li>{@code moderation.classifier}: what the local classifier may do: {@code all} (the default: every label holds
 * and refuses at its thresholds), {@code threats} (only its threat label) or {@code off} (every comment is scored and
 * the scores kept for moderators, nothing is held or refused for them).
 * </ul>
 * The classifier's thresholds are read here and nowhere else: the start-up configuration
 * ({@code moderation.classifier.*}) only gives the defaults for a site that has not set its own.
 */
public record ModerationSettings(Mode mode, int trustAfter, int maxLinks, Map<String, Double> thresholds,
        Thresholds classifier, Classifying classifying) {
    public static final String PREFIX = "moderation.";
    public static final String THRESHOLD = PREFIX + "threshold.";
    public static final String REJECT = PREFIX + "reject.";
    /** The labels whose score may refuse a comment outright; the others only ever hold one. */
    public static final java.util.Set<Label> REJECTING = java.util.EnumSet.of(Label.THREAT, Label.IDENTITY_HATE, Label.SPAM);

    public enum Mode {
        /** Publish at once what no phase objects to (moderators act afterwards, on reports). */
        POST,
        /** Hold a reader's comments until a moderator has approved enough of them. */
        FIRST,
        /** Hold every comment for a moderator. */
        ALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How far the classifier's scores decide: every label by default. A site may narrow it to threats, or turn it off
     * and keep the scores for moderators only (docs/MODERATION.md measures what each holds).
     */
    public enum Classifying {
        OFF, THREATS, ALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ModerationSettings defaults() {
        return defaults(Thresholds.defaults());
    }

    /** The settings of a site that has set none, with the classifier thresholds of the start-up configuration. */
    public static ModerationSettings defaults(Thresholds classifier) {
        return new ModerationSettings(Mode.POST, 2, 2, Map.of(), classifier, Classifying.ALL);
    }

    /** The threshold for a label, or {@code otherwise} when the site has not set one. */
    public double threshold(String label, double otherwise) {
        return thresholds.getOrDefault(label, otherwise);
    }

    public static ModerationSettings parse(Map<String, String> values) {
        return parse(values, Thresholds.defaults());
    }

    /**
     * Reads the settings named {@code moderation.*} among {@code values}, over {@code classifierDefaults}; a value that
     * is set but wrong is a {@link BadInput} naming the setting, so an editor can show it (missing ones take their
     * defaults). A hold threshold above its label's reject threshold is wrong too: the comment would be refused
     * before it could be held.
     */
    public static ModerationSettings parse(Map<String, String> values, Thresholds classifierDefaults) {
        var d = defaults(classifierDefaults);
        String modeText = values.getOrDefault(PREFIX + "mode", d.mode().id()).strip().toLowerCase(Locale.ROOT);
        Mode mode = switch (modeText) {
            case "post" -> Mode.POST;
            case "first" -> Mode.FIRST;
            case "all" -> Mode.ALL;
            default -> throw new BadInput(422, "moderation.mode must be post, first or all, not '" + modeText + "'.");
        };
        String useText = values.getOrDefault(PREFIX + "classifier", "").strip().toLowerCase(Locale.ROOT);
        Classifying classifying = switch (useText) {
            case "off" -> Classifying.OFF;
            case "threats" -> Classifying.THREATS;
            case "", "all" -> Classifying.ALL;
            default -> throw new BadInput(422, "moderation.classifier must be off, threats or all, not '" + useText + "'.");
        };
        int trustAfter = number(values, "trust-after", d.trustAfter());
        int maxLinks = number(values, "max-links", d.maxLinks());
        Map<String, Double> thresholds = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(THRESHOLD) && !value.isBlank()) thresholds.put(name.substring(THRESHOLD.length()), probability(name, value));
        });
        Map<Label, Double> hold = new EnumMap<>(classifierDefaults.hold());
        Map<Label, Double> reject = new EnumMap<>(classifierDefaults.reject());
        for (Label label : Label.values()) {
            if (thresholds.containsKey(label.id())) hold.put(label, thresholds.get(label.id()));
            String rejectValue = values.get(REJECT + label.id());
            if (rejectValue != null && !rejectValue.isBlank()) {
                if (!REJECTING.contains(label)) {
                    throw new BadInput(422, REJECT + label.id() + ": only threat, identity_hate and spam scores refuse a comment.");
                }
                reject.put(label, probability(REJECT + label.id(), rejectValue));
            }
            if (hold.get(label) > reject.get(label)) {
                throw new BadInput(422, THRESHOLD + label.id() + " (" + hold.get(label) + ") must not be above "
                        + REJECT + label.id() + " (" + reject.get(label) + ").");
            }
        }
        return new ModerationSettings(mode, trustAfter, maxLinks, Map.copyOf(thresholds), new Thresholds(hold, reject),
                classifying);
    }

    private static double probability(String name, String value) {
        try {
            double t = Double.parseDouble(value.strip());
            if (t >= 0 && t <= 1) return t;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInput(422, name + " must be a number from 0 to 1, not '" + value + "'.");
    }

    private static int number(Map<String, String> values, String key, int otherwise) {
        String value = values.get(PREFIX + key);
        if (value == null || value.isBlank()) return otherwise;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > 1000) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadInput(422, PREFIX + key + " must be a whole number from 0 to 1000, not '" + value + "'.");
        }
    }
}
