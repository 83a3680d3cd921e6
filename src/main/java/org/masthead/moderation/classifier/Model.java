package org.masthead.moderation.classifier;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained weights: one logistic regression per label over hashed features. Weights are laid out bucket by
 * bucket (all labels of a bucket side by side), so scoring a comment reads each bucket's weights from one place.
 *
 * <p>File format (gzip): "MHCL", version, hash bits, label count, each label's id, bias and weight scale, then the
 * buckets that have any weight, each as a varint gap from the previous one and one 16-bit weight per label
 * (weight = short times scale). Quantising to 16 bits keeps the file small and changes no score by more than
 * about 1e-4; the evaluation measures the quantised model, the one that ships.
 */
final class Model {
    private static final int MAGIC = 0x4D48434C; // "MHCL"
    /** 2: features include word classes; a version 1 model was trained without them and would score wrongly. */
    private static final int VERSION = 2;
    static final int LABELS = Label.values().length;

    final int bits;
    final float[] weights;
    final float[] bias;

    Model(int bits, float[] weights, float[] bias) {
        if (weights.length != (1 << bits) * LABELS || bias.length != LABELS) throw new IllegalArgumentException("model size");
        this.bits = bits;
        this.weights = weights;
        this.bias = bias;
    }

    double[] probabilities(int[] buckets) {
        double[] sums = new double[LABELS];
        if (buckets.length > 0) {
            for (int bucket : buckets) {
                int base = bucket * LABELS;
                for (int l = 0; l < LABELS; l++) sums[l] += weights[base + l];
            }
            double value = Features.value(buckets.length);
            for (int l = 0; l < LABELS; l++) sums[l] *= value;
        }
        for (int l = 0; l < LABELS; l++) sums[l] = 1 / (1 + Math.exp(-(sums[l] + bias[l])));
        return sums;
    }

    /** The same weights rounded to what the file holds. */
    Model quantised() {
        float[] scales = scales();
        float[] q = new float[weights.length];
        for (int i = 0; i < weights.length; i++) q[i] = Math.round(weights[i] / scales[i % LABELS]) * scales[i % LABELS];
        return new Model(bits, q, bias.clone());
    }

    private float[] scales() {
        float[] max = new float[LABELS];
        for (int i = 0; i < weights.length; i++) max[i % LABELS] = Math.max(max[i % LABELS], Math.abs(weights[i]));
        float[] scales = new float[LABELS];
        for (int l = 0; l < LABELS; l++) scales[l] = max[l] == 0 ? 1 : max[l] / Short.MAX_VALUE;
        return scales;
    }

    void write(OutputStream target) throws IOException {
        float[] scales = scales();
        try (var out = new DataOutputStream(new GZIPOutputStream(target))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(bits);
            out.writeInt(LABELS);
            for (Label label : Label.values()) {
                out.writeUTF(label.id());
                out.writeFloat(bias[label.ordinal()]);
                out.writeFloat(scales[label.ordinal()]);
            }
            int previous = -1;
            for (int bucket = 0; bucket < 1 << bits; bucket++) {
                short[] q = new short[LABELS];
                boolean any = false;
                for (int l = 0; l < LABELS; l++) {
                    q[l] = (short) Math.round(weights[bucket * LABELS + l] / scales[l]);
                    any |= q[l] != 0;
                }
                if (!any) continue;
                writeVarint(out, bucket - previous);
                for (short s : q) out.writeShort(s);
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
            if (in.readInt() != LABELS) throw new IOException("model has other labels than " + java.util.List.of(Label.values()));
            float[] bias = new float[LABELS];
            float[] scales = new float[LABELS];
            for (Label label : Label.values()) {
                String id = in.readUTF();
                if (!id.equals(label.id())) throw new IOException("model label " + id + " where " + label.id() + " was expected");
                bias[label.ordinal()] = in.readFloat();
                scales[label.ordinal()] = in.readFloat();
            }
            float[] weights = new float[(1 << bits) * LABELS];
            int bucket = -1;
            for (int gap = readVarint(in); gap != 0; gap = readVarint(in)) {
                bucket += gap;
                if (bucket >= 1 << bits) throw new IOException("model bucket out of range");
                for (int l = 0; l < LABELS; l++) weights[bucket * LABELS + l] = in.readShort() * scales[l];
            }
            return new Model(bits, weights, bias);
        }
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
