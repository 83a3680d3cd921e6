package org.masthead.moderation.classifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Measures a model on comments it never saw: precision and recall per label on the test split, the share of each
 * kind of abuse that would be held or rejected, and the share of the hard legitimate cases that would be held.
 * Prints Markdown tables, as pasted into docs/MODERATION.md.
 */
public final class Evaluation {
    private final Classifier classifier;
    private final Thresholds thresholds;

    public Evaluation(Classifier classifier, Thresholds thresholds) {
        this.classifier = classifier;
        this.thresholds = thresholds;
    }

    /** Per label, at its hold threshold: how many test comments carry it, precision, recall. */
    public String labelTable(List<Corpus.Example> test) {
        StringBuilder out = new StringBuilder("| label | test comments with it | precision | recall | F1 | hold threshold |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        List<Scores> scores = test.stream().map(e -> classifier.score(e.text())).toList();
        for (Label label : Label.values()) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < test.size(); i++) {
                boolean actual = test.get(i).labels().contains(label);
                boolean predicted = thresholds.holds(label, scores.get(i).of(label));
                if (actual && predicted) tp++;
                else if (predicted) fp++;
                else if (actual) fn++;
            }
            double precision = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.2f |%n", label.id(), tp + fn, precision,
                    recall, f1, thresholds.hold().get(label)));
        }
        return out.toString();
    }

    public static final String THREATS = "threats and calls for violence";
    public static final String IDENTITY_HATE = "identity hate and slurs";
    public static final String SPAM = "spam";
    public static final String INSULTS = "insults";
    public static final String PROFANITY = "profanity, not an insult";
    public static final String CLEAN = "clean";
    /** The short ordinary comments ("Great piece.", "+1"), also counted among the clean ones. */
    public static final String SHORT = "clean, short";
    public static final String ALL = "**all**";

    /** The tables this class prints. */
    public enum Kind {
        TEST, HARD, ORDINARY
    }

    /**
     * How many comments of each group there were and how many were held or rejected, in the order they are printed.
     * {@code kind} says which table it is: the test split against the targets, the hard cases, or the
     * ordinary cases.
     */
    public record Shares(Map<String, int[]> groups, Kind kind) {
        public double share(String group) {
            int[] g = groups.get(group);
            return g == null || g[0] == 0 ? 0 : g[1] / (double) g[0];
        }

        /** The Markdown table of docs/MODERATION.md. */
        public String table() {
            StringBuilder out = new StringBuilder(switch (kind) {
                case TEST -> "| test comments | count | held or rejected | target |\n|---|---:|---:|---|\n";
                case HARD -> "| hard legitimate cases | count | held |\n|---|---:|---:|\n";
                case ORDINARY -> "| ordinary comments | count | held |\n|---|---:|---:|\n";
            });
            groups.forEach((name, g) -> {
                if (g[0] == 0) return; // a group the set has no comment of (the held-out set has no short ones)
                if (kind != Kind.TEST) {
                    out.append(String.format(Locale.ROOT, "| %s | %d | %.3f%s |%n", name, g[0], share(name),
                            kind == Kind.HARD && name.equals(ALL) ? " (target at most 0.10)" : ""));
                } else {
                    out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %s |%n", name, g[0], share(name), target(name)));
                }
            });
            return out.toString();
        }
    }

    /**
     * The targets, as a moderator sees them: the share of each kind of test comment that {@code held} (the
     * classifier alone, or the whole pipeline) holds or rejects.
     */
    public static Shares shares(List<Corpus.Example> test, Predicate<String> held) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (String g : List.of(THREATS, IDENTITY_HATE, SPAM, INSULTS, PROFANITY, CLEAN, SHORT)) groups.put(g, new int[2]);
        for (Corpus.Example e : test) {
            boolean h = held.test(e.text());
            List<String> in = isShortClean(e) ? List.of(CLEAN, SHORT) : List.of(group(e));
            for (String name : in) {
                groups.get(name)[0]++;
                if (h) groups.get(name)[1]++;
            }
        }
        return new Shares(groups, Kind.TEST);
    }

    /** Hard legitimate cases per category and in all: how many {@code held} holds (the target is at most 10%). */
    public static Shares hardCaseShares(List<Corpus.HardCase> cases, Predicate<String> held) {
        return legitimateShares(cases, held, Kind.HARD);
    }

    /** Ordinary comments, never trained on, per category and in all: how many {@code held} holds. */
    public static Shares ordinaryShares(List<Corpus.HardCase> cases, Predicate<String> held) {
        return legitimateShares(cases, held, Kind.ORDINARY);
    }

    private static Shares legitimateShares(List<Corpus.HardCase> cases, Predicate<String> held, Kind kind) {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        int[] all = new int[2];
        for (Corpus.HardCase c : cases) {
            int[] g = byCategory.computeIfAbsent(c.category(), k -> new int[2]);
            boolean h = held.test(c.text());
            g[0]++;
            all[0]++;
            if (h) {
                g[1]++;
                all[1]++;
            }
        }
        byCategory.put(ALL, all);
        return new Shares(byCategory, kind);
    }

    /** Precision and recall of each label at a range of thresholds, to choose the defaults from. */
    public String thresholdSweep(List<Corpus.Example> test) {
        StringBuilder out = new StringBuilder("| label | 0.1 | 0.2 | 0.3 | 0.4 | 0.5 | 0.6 | 0.7 | 0.8 | 0.9 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        List<Scores> scores = test.stream().map(e -> classifier.score(e.text())).toList();
        for (Label label : Label.values()) {
            out.append("| ").append(label.id());
            for (int tenths = 1; tenths <= 9; tenths++) {
                double t = tenths / 10.0;
                int tp = 0, fp = 0, fn = 0;
                for (int i = 0; i < test.size(); i++) {
                    boolean actual = test.get(i).labels().contains(label);
                    boolean predicted = scores.get(i).of(label) >= t;
                    if (actual && predicted) tp++;
                    else if (predicted) fp++;
                    else if (actual) fn++;
                }
                out.append(String.format(Locale.ROOT, " | P %.2f R %.2f", tp + fp == 0 ? 1 : tp / (double) (tp + fp),
                        tp + fn == 0 ? 1 : tp / (double) (tp + fn)));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    public Predicate<String> heldByClassifier() {
        return text -> thresholds.holdsAny(classifier.score(text));
    }

    /** A short ordinary comment ("+1", "Source?"), from the corpus files of them. */
    static boolean isShortClean(Corpus.Example e) {
        return e.labels().isEmpty() && e.file().startsWith("clean-short");
    }

    static String group(Corpus.Example e) {
        var l = e.labels();
        if (l.contains(Label.THREAT)) return THREATS;
        if (l.contains(Label.IDENTITY_HATE)) return IDENTITY_HATE;
        if (l.contains(Label.SPAM)) return SPAM;
        if (l.contains(Label.INSULT)) return INSULTS;
        if (l.contains(Label.TOXICITY)) return PROFANITY;
        return CLEAN;
    }

    private static String target(String group) {
        return switch (group) {
            case THREATS, IDENTITY_HATE, SPAM -> "at least 0.9";
            case INSULTS -> "at least 0.8";
            case CLEAN -> "as low as possible";
            case SHORT -> "none held";
            default -> "";
        };
    }
}
