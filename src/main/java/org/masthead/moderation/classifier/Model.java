package org.masthead.moderation.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained network: every hashed feature bucket has a vector of {@code hidden} weights (its embedding); a
 * comment's hidden layer is the sum of its buckets' vectors, scaled by {@link Features#value}, plus a bias, through a
 * ReLU; each label's score is a sigmoid over a weighted sum of the hidden layer. One hidden layer is what a linear
 * model lacks: it can learn that a group's name is harmless alone and hateful next to "vermin", where a linear model
 * can only give the name one weight for every sentence it is in.
 *
 * <p>File format (gzip): "MHCL", version, hash bits, hidden size, label count and each label's id; the hidden biases,
 * the output weights (label by label) and the output biases as floats; then the buckets that have any weight, each
 * as a varint gap from the previous one, a float scale and one signed byte per hidden unit (weight = byte times
 * scale), ending with a gap of 0. Quantising each bucket's vector to bytes keeps the file (and the heap) small and
 * moves scores by about 1e-3; the evaluation measures the quantised model, the one that ships.
 */
final class Model {
    private static final int MAGIC = 0x4D48434C; // "MHCL"
    /**
     * 3: one hidden layer. (1 and 2 were logistic regressions, 2 with word classes among the features; a model of
     * another version was trained on other features or shapes and would score wrongly.)
     */
    private static final int VERSION = 3;
    static final int LABELS = Label.values().length;

    final int bits;
    final int hidden;
    /** Bucket by bucket, {@code hidden} weights each, while training; null in a quantised model. */
    final float[] embeddings;
    /** A quantised model's weights, bucket by bucket (weight = code times the bucket's scale); null while training. */
    private final byte[] codes;
    private final float[] scales;
    final float[] hiddenBias;
    /** Label by label, {@code hidden} weights each. */
    final float[] outputWeights;
    final float[] outputBias;

    Model(int bits, int hidden, float[] embeddings, float[] hiddenBias, float[] outputWeights, float[] outputBias) {
        if (embeddings.length != (1 << bits) * hidden || hiddenBias.length != hidden || outputWeights.length != LABELS * hidden
                || outputBias.length != LABELS) {
            throw new IllegalArgumentException("model size");
        }
        this.bits = bits;
        this.hidden = hidden;
        this.embeddings = embeddings;
        this.codes = null;
        this.scales = null;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /**
     * A quantised model, as shipped: a byte per weight and a scale per bucket, about 4 MB in memory where the
     * floats of training take 16 MB (the server runs in a small heap).
     */
    private Model(int bits, int hidden, byte[] codes, float[] scales, float[] hiddenBias, float[] outputWeights, float[] outputBias) {
        if (codes.length != (1 << bits) * hidden || scales.length != 1 << bits || hiddenBias.length != hidden
                || outputWeights.length != LABELS * hidden || outputBias.length != LABELS) {
            throw new IllegalArgumentException("model size");
        }
        this.bits = bits;
        this.hidden = hidden;
        this.embeddings = null;
        this.codes = codes;
        this.scales = scales;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    /** The hidden layer of a comment whose features are {@code buckets}, each worth {@code value}. */
    double[] hiddenLayer(int[] buckets, double value) {
        double[] a = new double[hidden];
        for (int bucket : buckets) {
            int base = bucket * hidden;
            if (codes == null) {
                for (int j = 0; j < hidden; j++) a[j] += embeddings[base + j];
            } else {
                double scale = scales[bucket];
                for (int j = 0; j < hidden; j++) a[j] += codes[base + j] * scale;
            }
        }
        for (int j = 0; j < hidden; j++) a[j] = Math.max(0, a[j] * value + hiddenBias[j]);
        return a;
    }

    double[] probabilities(int[] buckets) {
        double[] h = hiddenLayer(buckets, Features.value(buckets.length));
        double[] p = new double[LABELS];
        for (int l = 0; l < LABELS; l++) p[l] = sigmoid(logit(l, h));
        return p;
    }

    double logit(int label, double[] hiddenLayer) {
        double z = outputBias[label];
        int base = label * hidden;
        for (int j = 0; j < hidden; j++) z += outputWeights[base + j] * hiddenLayer[j];
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    /** The same weights rounded to what the file holds. */
    Model quantised() {
        if (codes != null) return this;
        byte[] q = new byte[embeddings.length];
        float[] bucketScales = new float[1 << bits];
        for (int bucket = 0; bucket < 1 << bits; bucket++) {
            float scale = scale(bucket);
            bucketScales[bucket] = scale;
            for (int j = 0; j < hidden; j++) q[bucket * hidden + j] = quantise(embeddings[bucket * hidden + j], scale);
        }
        return new Model(bits, hidden, q, bucketScales, hiddenBias.clone(), outputWeights.clone(), outputBias.clone());
    }

    /** A bucket's byte scale: its largest weight maps to 127; 0 for a bucket without weight. */
    private float scale(int bucket) {
        float max = 0;
        for (int j = 0; j < hidden; j++) max = Math.max(max, Math.abs(embeddings[bucket * hidden + j]));
        return max / Byte.MAX_VALUE;
    }

    private static byte quantise(float weight, float scale) {
        return scale == 0 ? 0 : (byte) Math.round(weight / scale);
    }

    void write(OutputStream target) throws IOException {
        quantised().writeQuantised(target);
    }

    private void writeQuantised(OutputStream target) throws IOException {
        try (var out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bits);
            out.writeInt(hidden);
            out.writeInt(LABELS);
            for (Label label : Label.values()) out.writeUTF(label.id());
            for (float f : hiddenBias) out.writeFloat(f);
            for (float f : outputWeights) out.writeFloat(f);
            for (float f : outputBias) out.writeFloat(f);
            int previous = -1;
            for (int bucket = 0; bucket < 1 << bits; bucket++) {
                if (scales[bucket] == 0) continue;
                writeVarint(out, bucket - previous);
                out.writeFloat(scales[bucket]);
                out.write(codes, bucket * hidden, hidden);
                previous = bucket;
            }
            writeVarint(out, 0); // end
        }
    }

    static Model read(InputStream source) throws IOException {
        try (var in = new DataInputStream(new GZIPInputStream(source))) {
            if (in.readInt() != MAGIC) throw new IOException("not a Masthead classifier model");
            int version = in.readInt();
            if (version != VERSION) throw new IOException("model version " + version + ", this Masthead reads " + VERSION);
            int bits = in.readInt();
            if (bits < 8 || bits > 24) throw new IOException("model has a bad size: " + bits + " hash bits");
            int hidden = in.readInt();
            if (hidden < 1 || hidden > 1024) throw new IOException("model has a bad size: " + hidden + " hidden units");
            if (in.readInt() != LABELS) throw new IOException("model has other labels than " + java.util.List.of(Label.values()));
            for (Label label : Label.values()) {
                String id = in.readUTF();
                if (!id.equals(label.id())) throw new IOException("model label " + id + " where " + label.id() + " was expected");
            }
            float[] hiddenBias = readFloats(in, hidden);
            float[] outputWeights = readFloats(in, LABELS * hidden);
            float[] outputBias = readFloats(in, LABELS);
            byte[] codes = new byte[(1 << bits) * hidden];
            float[] scales = new float[1 << bits];
            int bucket = -1;
            for (int gap = readVarint(in); gap != 0; gap = readVarint(in)) {
                bucket += gap;
                if (bucket >= 1 << bits) throw new IOException("model bucket out of range");
                scales[bucket] = in.readFloat();
                in.readFully(codes, bucket * hidden, hidden);
            }
            return new Model(bits, hidden, codes, scales, hiddenBias, outputWeights, outputBias);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) f[i] = in.readFloat();
        return f;
    }

    private static void writeVarint(DataOutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new IOException("model file is damaged (bad number)");
    }
}
