package org.masthead.moderation.classifier;

import java.util.List;
import java.util.Random;

/**
 * Trains one logistic regression per label by stochastic gradient descent over the hashed features. Fully
 * deterministic: a fixed seed orders the examples, Java's floating point is the same on every machine, and
 * nothing depends on hash-map order, so the same corpus always gives the same model file, byte for byte.
 *
 * <p>Features seen in only one training comment are left out (their weight stays 0): they are mostly one writer's
 * accidents, and keeping them makes the model learn the examples instead of the problem.
 */
public final class Trainer {
    static final int BITS = 18;
    private static final long SEED = 20261126L;
    private static final int EPOCHS = 15;
    private static final double LEARNING_RATE = 1.0;
    private static final double L2 = 0.03;
    private static final int MIN_COMMENTS_PER_FEATURE = 2;
    /** Positives count up to this many times more than negatives, so rare labels are not drowned out. */
    private static final double MAX_POSITIVE_WEIGHT = 4;

    private Trainer() {}

    public static Classifier train(List<Corpus.Example> examples) {
        return new Classifier(trainModel(examples).quantised());
    }

    static Model trainModel(List<Corpus.Example> examples) {
        int buckets = 1 << BITS;
        int[][] features = new int[examples.size()][];
        double[] values = new double[examples.size()];
        int[] commentsPerBucket = new int[buckets];
        for (int d = 0; d < examples.size(); d++) {
            int[] all = Features.of(examples.get(d).text(), BITS);
            values[d] = Features.value(all.length);
            features[d] = all;
            for (int b : java.util.Arrays.stream(all).distinct().toArray()) commentsPerBucket[b]++;
        }
        for (int d = 0; d < features.length; d++) {
            features[d] = java.util.Arrays.stream(features[d]).filter(b -> commentsPerBucket[b] >= MIN_COMMENTS_PER_FEATURE).toArray();
        }
        float[] weights = new float[buckets * Model.LABELS];
        float[] bias = new float[Model.LABELS];
        for (Label label : Label.values()) {
            double[] w = new double[buckets];
            bias[label.ordinal()] = (float) fit(label, examples, features, values, w);
            for (int b = 0; b < buckets; b++) weights[b * Model.LABELS + label.ordinal()] = (float) w[b];
        }
        return new Model(BITS, weights, bias);
    }

    /** Fits the weights of one label into {@code w}; returns the bias. */
    private static double fit(Label label, List<Corpus.Example> examples, int[][] features, double[] values, double[] w) {
        int n = examples.size();
        boolean[] positive = new boolean[n];
        int positives = 0;
        for (int d = 0; d < n; d++) {
            positive[d] = examples.get(d).labels().contains(label);
            if (positive[d]) positives++;
        }
        double positiveWeight = positives == 0 ? 1 : Math.min(MAX_POSITIVE_WEIGHT, (n - positives) / (double) positives);
        double b = 0;
        int[] order = new int[n];
        for (int d = 0; d < n; d++) order[d] = d;
        Random random = new Random(SEED + label.ordinal());
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            double rate = LEARNING_RATE / (1 + 0.3 * epoch);
            for (int d : order) {
                double z = b;
                for (int f : features[d]) z += w[f] * values[d];
                double p = 1 / (1 + Math.exp(-z));
                double g = positive[d] ? (p - 1) * positiveWeight : p;
                double step = rate * g * values[d];
                for (int f : features[d]) w[f] -= step;
                b -= rate * g * 0.3; // the bias moves slowly: it sees every example
            }
            double shrink = 1 - rate * L2;
            for (int f = 0; f < w.length; f++) w[f] *= shrink;
        }
        return b;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
