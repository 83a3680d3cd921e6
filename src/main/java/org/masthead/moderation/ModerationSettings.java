package org.masthead.moderation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.masthead.web.BadInput;

/**
 * How this site moderates, stored with the site's settings (so an admin changes it while the site runs):
 * <ul>
 * <li>{@code moderation.mode}: {@code post} (publish what no phase objects to; the default), {@code first} (hold a
 * reader's comments until a moderator has approved {@code trust-after} of them) or {@code all} (hold everything);
 * <li>{@code moderation.trust-after}: approved comments after which a reader is trusted (default 2);
 * <li>{@code moderation.max-links}: more links than this hold a comment (default 2);
 * <li>{@code moderation.threshold.LABEL}: the score from which a label holds a comment (e.g.
 * {@code moderation.threshold.threat}); labels without one use the classifier's own default.
 * </ul>
 */
public record ModerationSettings(Mode mode, int trustAfter, int maxLinks, Map<String, Double> thresholds) {
    public static final String PREFIX = "moderation.";

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

    public static ModerationSettings defaults() {
        return new ModerationSettings(Mode.POST, 2, 2, Map.of());
    }

    /** The threshold for a label, or {@code otherwise} when the site has not set one. */
    public double threshold(String label, double otherwise) {
        return thresholds.getOrDefault(label, otherwise);
    }

    /**
     * Reads the settings named {@code moderation.*} among {@code values}; a value that is set but wrong is a
     * {@link BadInput} naming the setting, so an editor can show it (missing ones take their defaults).
     */
    public static ModerationSettings parse(Map<String, String> values) {
        var d = defaults();
        String modeText = values.getOrDefault(PREFIX + "mode", d.mode().id()).strip().toLowerCase(Locale.ROOT);
        Mode mode = switch (modeText) {
            case "post" -> Mode.POST;
            case "first" -> Mode.FIRST;
            case "all" -> Mode.ALL;
            default -> throw new BadInput(422, "moderation.mode must be post, first or all, not '" + modeText + "'.");
        };
        int trustAfter = number(values, "trust-after", d.trustAfter());
        int maxLinks = number(values, "max-links", d.maxLinks());
        Map<String, Double> thresholds = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!name.startsWith(PREFIX + "threshold.")) return;
            String label = name.substring((PREFIX + "threshold.").length());
            try {
                double t = Double.parseDouble(value.strip());
                if (!(t >= 0 && t <= 1)) throw new NumberFormatException();
                thresholds.put(label, t);
            } catch (NumberFormatException e) {
                throw new BadInput(422, name + " must be a number from 0 to 1, not '" + value + "'.");
            }
        });
        return new ModerationSettings(mode, trustAfter, maxLinks, Map.copyOf(thresholds));
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
