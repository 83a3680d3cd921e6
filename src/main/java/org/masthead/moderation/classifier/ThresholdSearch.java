package org.masthead.moderation.classifier;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How the default hold thresholds are chosen ({@code masthead moderation train --search-thresholds}): every
 * combination of thresholds on a grid is measured on comments the model never trained on, and among those that hold
 * few enough legitimate comments and enough spam and insults, the one holding the most threats and identity hate
 * wins (the lesser of the two first, then their sum, then the fewest clean test comments held). The scores are
 * computed once; each combination only compares them.
 */
final class ThresholdSearch {
    /** At most this share of the hard legitimate cases held (the issue allows 10%; the rest is room). */
    static final double MAX_HARD = 0.08;
    static final double MAX_SHORT = 0.06;
    static final double MAX_ORDINARY = 0.08;
    static final double MIN_SPAM = 0.9;
    static final double MIN_INSULTS = 0.85;

    /** The grid, in hundredths, per label in {@link Label} order. */
    private static final int[][] GRID = {
            IntStream.rangeClosed(7, 17).map(i -> i * 5).toArray(), // toxicity 0.35 to 0.85
            IntStream.rangeClosed(2, 7).map(i -> i * 10).toArray(), // insult 0.2 to 0.7
            IntStream.rangeClosed(2, 15).map(i -> i * 5).toArray(), // identity hate 0.1 to 0.75
            IntStream.rangeClosed(3, 17).map(i -> i * 5).toArray(), // threat 0.15 to 0.85
            {15, 20, 25, 30, 40, 50}}; // spam

    /** The chosen thresholds and what they hold. */
    record Choice(Map<Label, Double> hold, double threats, double identityHate, double spam, double insults, double clean,
            double shortClean, double hardCases, double ordinary) {
        String describe() {
            StringBuilder out = new StringBuilder("Hold thresholds the search picks:");
            hold.forEach((label, t) -> out.append(' ').append(label.id()).append(' ').append(t));
            return out.append(String.format(java.util.Locale.ROOT, "%nHeld on the test split: threats %.3f, identity hate %.3f,"
                    + " spam %.3f, insults %.3f, clean %.3f, clean short %.3f; hard cases %.3f, ordinary cases %.3f.",
                    threats, identityHate, spam, insults, clean, shortClean, hardCases, ordinary)).toString();
        }
    }

    private ThresholdSearch() {}

    static Optional<Choice> search(Classifier classifier, List<Corpus.Example> test, List<Corpus.HardCase> hard,
            List<Corpus.HardCase> ordinary) {
        Measured m = new Measured(classifier, test, hard, ordinary);
        int[] t = new int[Label.values().length];
        double[] best = null;
        int[] chosen = null;
        for (int tox : GRID[0]) for (int ins : GRID[1]) for (int ih : GRID[2]) for (int thr : GRID[3]) for (int sp : GRID[4]) {
            t[0] = tox; t[1] = ins; t[2] = ih; t[3] = thr; t[4] = sp;
            double[] shares = m.shares(t);
            if (shares[HARD] > MAX_HARD || shares[SHORT] > MAX_SHORT || shares[ORDINARY] > MAX_ORDINARY
                    || shares[SPAM] < MIN_SPAM || shares[INSULTS] < MIN_INSULTS) {
                continue;
            }
            if (best == null || better(shares, best)) {
                best = shares;
                chosen = t.clone();
            }
        }
        if (chosen == null) return Optional.empty();
        Map<Label, Double> hold = new EnumMap<>(Label.class);
        for (Label l : Label.values()) hold.put(l, chosen[l.ordinal()] / 100.0);
        return Optional.of(new Choice(hold, best[THREATS], best[HATE], best[SPAM], best[INSULTS], best[CLEAN], best[SHORT],
                best[HARD], best[ORDINARY]));
    }

    private static boolean better(double[] a, double[] b) {
        double minA = Math.min(a[THREATS], a[HATE]);
        double minB = Math.min(b[THREATS], b[HATE]);
        if (minA != minB) return minA > minB;
        double sumA = a[THREATS] + a[HATE];
        double sumB = b[THREATS] + b[HATE];
        if (sumA != sumB) return sumA > sumB;
        return a[CLEAN] < b[CLEAN];
    }

    // What Measured.shares returns, by index: the test split's groups, then the two sets of legitimate comments.
    private static final int THREATS = 0, HATE = 1, SPAM = 2, INSULTS = 3, CLEAN = 4, SHORT = 5, HARD = 6, ORDINARY = 7;

    /** Every comment's five scores, computed once, with the test comments' groups. */
    private static final class Measured {
        private final double[][] test;
        private final int[] group; // THREATS..CLEAN, or -1 for profanity, which no target counts
        private final boolean[] shortClean;
        private final double[][] hard;
        private final double[][] ordinary;
        private final int[] perGroup = new int[SHORT + 1];

        Measured(Classifier classifier, List<Corpus.Example> examples, List<Corpus.HardCase> hardCases,
                List<Corpus.HardCase> ordinaryCases) {
            test = examples.stream().map(e -> scores(classifier, e.text())).toArray(double[][]::new);
            group = new int[examples.size()];
            shortClean = new boolean[examples.size()];
            for (int i = 0; i < group.length; i++) {
                Corpus.Example e = examples.get(i);
                group[i] = switch (Evaluation.group(e)) {
                    case Evaluation.THREATS -> THREATS;
                    case Evaluation.IDENTITY_HATE -> HATE;
                    case Evaluation.SPAM -> SPAM;
                    case Evaluation.INSULTS -> INSULTS;
                    case Evaluation.CLEAN -> CLEAN;
                    default -> -1;
                };
                shortClean[i] = Evaluation.isShortClean(e);
                if (group[i] >= 0) perGroup[group[i]]++;
                if (shortClean[i]) perGroup[SHORT]++;
            }
            hard = hardCases.stream().map(c -> scores(classifier, c.text())).toArray(double[][]::new);
            ordinary = ordinaryCases.stream().map(c -> scores(classifier, c.text())).toArray(double[][]::new);
        }

        private static double[] scores(Classifier classifier, String text) {
            Scores s = classifier.score(text);
            return java.util.Arrays.stream(Label.values()).mapToDouble(s::of).toArray();
        }

        double[] shares(int[] hundredths) {
            double[] t = new double[hundredths.length];
            for (int l = 0; l < t.length; l++) t[l] = hundredths[l] / 100.0;
            int[] held = new int[SHORT + 1];
            for (int i = 0; i < test.length; i++) {
                if (!holds(t, test[i])) continue;
                if (group[i] >= 0) held[group[i]]++;
                if (shortClean[i]) held[SHORT]++;
            }
            double[] shares = new double[ORDINARY + 1];
            for (int g = 0; g <= SHORT; g++) shares[g] = perGroup[g] == 0 ? 0 : held[g] / (double) perGroup[g];
            shares[HARD] = share(t, hard);
            shares[ORDINARY] = share(t, ordinary);
            return shares;
        }

        private static double share(double[] t, double[][] comments) {
            int held = 0;
            for (double[] s : comments) if (holds(t, s)) held++;
            return comments.length == 0 ? 0 : held / (double) comments.length;
        }

        private static boolean holds(double[] t, double[] scores) {
            for (int l = 0; l < t.length; l++) if (scores[l] >= t[l]) return true;
            return false;
        }
    }
}
