package org.masthead.moderation.classifier;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link Model}'s network by stochastic gradient descent on the weighted log-loss of the five labels at
 * once (one shared hidden layer, five outputs). Fully deterministic: a fixed seed draws the starting weights and
 * orders the examples, Java's floating point is the same on every machine ({@code StrictMath} for the exponential),
 * and nothing depends on hash-map order, so the same corpus always gives the same model file, byte for byte.
 *
 * <p>Features seen in only one training comment are left out (their weights stay 0): they are mostly one writer's
 * accidents, and keeping them makes the model learn the examples instead of the problem.
 *
 * <p>The settings were chosen by measurement (docs/MODERATION.md, "Features and model"): 32 hidden units, 2^17
 * buckets, 10 epochs, small starting weights and shrinkage each epoch, so the network does not memorise the corpus.
 */
public final class Trainer {
    static final int BITS = 17;
    static final int HIDDEN = 32;
    private static final long SEED = 20261126L;
    private static final int EPOCHS = 10;
    private static final double LEARNING_RATE = 0.05;
    /** Each epoch, every embedding weight shrinks by this times the learning rate. */
    private static final double L2 = 0.03;
    /** Starting embedding weights are drawn from plus or minus this. */
    private static final double INITIAL_WEIGHT = 0.1;
    /** The biases move slower than the weights: they see every example. */
    private static final double BIAS_RATE = 0.3;
    private static final int MIN_COMMENTS_PER_FEATURE = 2;
    /** Positives count up to this many times more than negatives, so rare labels are not drowned out. */
    private static final double MAX_POSITIVE_WEIGHT = 4;

    private Trainer() {}

    public static Classifier train(List<Corpus.Example> examples) {
        return new Classifier(trainModel(examples).quantised());
    }

    static Model trainModel(List<Corpus.Example> examples) {
        int n = examples.size();
        double[] values = new double[n];
        int[][] features = features(examples, values);
        boolean[][] positive = new boolean[n][Model.LABELS];
        for (int d = 0; d < n; d++) {
            for (Label l : Label.values()) positive[d][l.ordinal()] = examples.get(d).labels().contains(l);
        }
        Random random = new Random(SEED);
        Model m = initial(features, positive, random);
        double[] positiveWeight = positiveWeights(positive);
        int[] order = new int[n];
        for (int d = 0; d < n; d++) order[d] = d;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            shuffle(order, random);
            double rate = LEARNING_RATE / (1 + 0.3 * epoch);
            for (int d : order) step(m, features[d], values[d], positive[d], positiveWeight, rate);
            double shrink = 1 - rate * L2;
            for (int i = 0; i < m.embeddings.length; i++) m.embeddings[i] *= (float) shrink;
        }
        return m;
    }

    /**
     * Each example's buckets, without those of features seen in only one training comment; {@code values} gets what
     * each of an example's features is worth, counted before that cut, as scoring counts them.
     */
    private static int[][] features(List<Corpus.Example> examples, double[] values) {
        int[][] features = new int[examples.size()][];
        int[] commentsPerBucket = new int[1 << BITS];
        for (int d = 0; d < features.length; d++) {
            features[d] = Features.of(examples.get(d).text(), BITS);
            values[d] = Features.value(features[d].length);
            for (int b : Arrays.stream(features[d]).distinct().toArray()) commentsPerBucket[b]++;
        }
        for (int d = 0; d < features.length; d++) {
            features[d] = Arrays.stream(features[d]).filter(b -> commentsPerBucket[b] >= MIN_COMMENTS_PER_FEATURE).toArray();
        }
        return features;
    }

    /** Small random weights for the buckets in use (others stay 0); output biases at each label's base rate. */
    private static Model initial(int[][] features, boolean[][] positive, Random random) {
        boolean[] used = new boolean[1 << BITS];
        for (int[] f : features) for (int b : f) used[b] = true;
        float[] embeddings = new float[(1 << BITS) * HIDDEN];
        for (int b = 0; b < used.length; b++) {
            if (!used[b]) continue;
            for (int j = 0; j < HIDDEN; j++) embeddings[b * HIDDEN + j] = (float) ((random.nextDouble() * 2 - 1) * INITIAL_WEIGHT);
        }
        float[] outputWeights = new float[Model.LABELS * HIDDEN];
        for (int i = 0; i < outputWeights.length; i++) outputWeights[i] = (float) ((random.nextDouble() * 2 - 1) / Math.sqrt(HIDDEN));
        float[] outputBias = new float[Model.LABELS];
        for (int l = 0; l < Model.LABELS; l++) {
            int count = 0;
            for (boolean[] p : positive) if (p[l]) count++;
            outputBias[l] = count == 0 || count == positive.length ? 0 : (float) StrictMath.log(count / (double) (positive.length - count));
        }
        return new Model(BITS, HIDDEN, embeddings, new float[HIDDEN], outputWeights, outputBias);
    }

    private static double[] positiveWeights(boolean[][] positive) {
        double[] weights = new double[Model.LABELS];
        for (int l = 0; l < Model.LABELS; l++) {
            int count = 0;
            for (boolean[] p : positive) if (p[l]) count++;
            weights[l] = count == 0 ? 1 : Math.min(MAX_POSITIVE_WEIGHT, (positive.length - count) / (double) count);
        }
        return weights;
    }

    /** One gradient step on one example: forward through the network, then back, updating every weight it used. */
    private static void step(Model m, int[] features, double value, boolean[] positive, double[] positiveWeight, double rate) {
        int hidden = m.hidden;
        double[] h = m.hiddenLayer(features, value);
        double[] back = new double[hidden];
        for (int l = 0; l < Model.LABELS; l++) {
            double p = Model.sigmoid(m.logit(l, h));
            double g = positive[l] ? (p - 1) * positiveWeight[l] : p;
            int base = l * hidden;
            for (int j = 0; j < hidden; j++) {
                back[j] += g * m.outputWeights[base + j];
                m.outputWeights[base + j] -= (float) (rate * g * h[j]);
            }
            m.outputBias[l] -= (float) (rate * g * BIAS_RATE);
        }
        for (int j = 0; j < hidden; j++) {
            if (h[j] <= 0) back[j] = 0; // the ReLU passed nothing back
            m.hiddenBias[j] -= (float) (rate * back[j] * BIAS_RATE);
            back[j] *= rate * value;
        }
        for (int f : features) {
            int base = f * hidden;
            for (int j = 0; j < hidden; j++) m.embeddings[base + j] -= (float) back[j];
        }
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
