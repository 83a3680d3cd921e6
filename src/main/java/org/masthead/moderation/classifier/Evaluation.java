package org.masthead.moderation.classifier;

import java.util.ArrayList;
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

    /**
     * The targets, as a moderator would see them: the share of each kind of comment that is held or
     * rejected by {@code held} (the classifier alone, or the whole pipeline).
     */
    public static String decisionTable(List<Corpus.Example> test, Predicate<String> held) {
        Map<String, int[]> groups = new LinkedHashMap<>();
        for (String g : List.of("threats and calls for violence", "identity hate and slurs", "spam", "insults",
                "profanity, not an insult", "clean")) {
            groups.put(g, new int[2]);
        }
        for (Corpus.Example e : test) {
            int[] g = groups.get(group(e));
            g[0]++;
            if (held.test(e.text())) g[1]++;
        }
        StringBuilder out = new StringBuilder("| test comments | count | held or rejected | target |\n|---|---:|---:|---|\n");
        groups.forEach((name, g) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %s |%n", name, g[0],
                g[0] == 0 ? 0 : g[1] / (double) g[0], target(name))));
        return out.toString();
    }

    /** Hard legitimate cases per category: how many would be held (the target is at most 10% overall). */
    public static String hardCaseTable(List<Corpus.HardCase> cases, Predicate<String> held) {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        List<String> heldTexts = new ArrayList<>();
        for (Corpus.HardCase c : cases) {
            int[] g = byCategory.computeIfAbsent(c.category(), k -> new int[2]);
            g[0]++;
            if (held.test(c.text())) {
                g[1]++;
                heldTexts.add(c.text());
            }
        }
        StringBuilder out = new StringBuilder("| hard legitimate cases | count | held |\n|---|---:|---:|\n");
        int total = 0, totalHeld = 0;
        for (var entry : byCategory.entrySet()) {
            int[] g = entry.getValue();
            total += g[0];
            totalHeld += g[1];
            out.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", entry.getKey(), g[0], g[1] / (double) g[0]));
        }
        out.append(String.format(Locale.ROOT, "| **all** | %d | %.3f (target at most 0.10) |%n", total,
                total == 0 ? 0 : totalHeld / (double) total));
        return out.toString();
    }

    /** Held texts among the hard cases, for whoever tunes the corpus. */
    public static List<String> heldHardCases(List<Corpus.HardCase> cases, Predicate<String> held) {
        return cases.stream().map(Corpus.HardCase::text).filter(held).toList();
    }

    /** Precision and recall of each label at a range of thresholds, to choose the defaults from. */
    public String thresholdSweep(List<Corpus.Example> test) {
        StringBuilder out = new StringBuilder("| label | 0.3 | 0.4 | 0.5 | 0.6 | 0.7 | 0.8 | 0.9 |\n|---|---|---|---|---|---|---|---|\n");
        List<Scores> scores = test.stream().map(e -> classifier.score(e.text())).toList();
        for (Label label : Label.values()) {
            out.append("| ").append(label.id());
            for (double t = 0.3; t < 0.95; t += 0.1) {
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

    static String group(Corpus.Example e) {
        var l = e.labels();
        if (l.contains(Label.THREAT)) return "threats and calls for violence";
        if (l.contains(Label.IDENTITY_HATE)) return "identity hate and slurs";
        if (l.contains(Label.SPAM)) return "spam";
        if (l.contains(Label.INSULT)) return "insults";
        if (l.contains(Label.TOXICITY)) return "profanity, not an insult";
        return "clean";
    }

    private static String target(String group) {
        return switch (group) {
            case "threats and calls for violence", "identity hate and slurs", "spam" -> "at least 0.9";
            case "insults" -> "at least 0.8";
            case "clean" -> "as low as possible";
            default -> "";
        };
    }
}
