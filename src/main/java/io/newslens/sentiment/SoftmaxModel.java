package io.newslens.sentiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Multinomial logistic regression over hashed features: one weight per (bucket, polarity).
 *
 * <p>Contract: {@link #probabilities} returns P(negative), P(neutral), P(positive) in
 * {@link Polarity} order, summing to 1. Immutable after construction (the trainer fills the
 * array before handing the model out), so thread-safe.
 *
 * <p>File format (gzip): magic, version, hash bits, feature groups, then only the non-zero
 * buckets as (index, 3 floats) — most buckets stay zero, which keeps the file small.
 */
final class SoftmaxModel {
    static final int CLASSES = Polarity.values().length;
    private static final int MAGIC = 0x4E4C5345; // "NLSE"
    private static final int VERSION = 1;

    private final int bits;
    private final Set<FeatureGroup> groups;
    private final float[] weights;

    SoftmaxModel(int bits, Set<FeatureGroup> groups, float[] weights) {
        if (weights.length != CLASSES << bits) {
            throw new IllegalArgumentException("weights: expected " + (CLASSES << bits) + ", got " + weights.length);
        }
        this.bits = bits;
        this.groups = Set.copyOf(groups);
        this.weights = weights;
    }

    int bits() {
        return bits;
    }

    Set<FeatureGroup> groups() {
        return groups;
    }

    double[] probabilities(Features x) {
        double[] scores = new double[CLASSES];
        for (int k = 0; k < x.size(); k++) {
            int base = x.index(k) * CLASSES;
            float v = x.value(k);
            for (int c = 0; c < CLASSES; c++) {
                scores[c] += weights[base + c] * v;
            }
        }
        return softmax(scores);
    }

    static double[] softmax(double[] scores) {
        double max = Math.max(scores[0], Math.max(scores[1], scores[2]));
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    void write(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(bits);
        data.writeInt(groups.size());
        for (FeatureGroup g : FeatureGroup.values()) {
            if (groups.contains(g)) {
                data.writeUTF(g.name());
            }
        }
        int buckets = 1 << bits;
        data.writeInt(countNonZero(buckets));
        for (int b = 0; b < buckets; b++) {
            if (nonZero(b)) {
                data.writeInt(b);
                for (int c = 0; c < CLASSES; c++) {
                    data.writeFloat(weights[b * CLASSES + c]);
                }
            }
        }
        data.flush();
        gzip.finish();
    }

    static SoftmaxModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != VERSION) {
            throw new IOException("not a newslens sentiment model (version " + VERSION + ")");
        }
        int bits = data.readInt();
        if (bits < 1 || bits > 26) {
            throw new IOException("bad hash size in sentiment model: " + bits);
        }
        Set<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
        for (int n = data.readInt(); n > 0; n--) {
            groups.add(FeatureGroup.valueOf(data.readUTF()));
        }
        float[] weights = new float[CLASSES << bits];
        for (int n = data.readInt(); n > 0; n--) {
            int b = data.readInt();
            for (int c = 0; c < CLASSES; c++) {
                weights[b * CLASSES + c] = data.readFloat();
            }
        }
        return new SoftmaxModel(bits, groups, weights);
    }

    private int countNonZero(int buckets) {
        int n = 0;
        for (int b = 0; b < buckets; b++) {
            n += nonZero(b) ? 1 : 0;
        }
        return n;
    }

    private boolean nonZero(int b) {
        int base = b * CLASSES;
        return weights[base] != 0 || weights[base + 1] != 0 || weights[base + 2] != 0;
    }
}
