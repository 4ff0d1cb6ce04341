package io.newslens.sentiment;

import java.util.Arrays;

/**
 * A sparse feature vector whose names are hashed into {@code 2^bits} buckets.
 *
 * <p>Why hashing: no feature dictionary to build, store or look up; a model is just a weight
 * table. {@link String#hashCode()} is specified by the JDK, so bucket numbers are the same on
 * every JVM and a shipped model stays valid. Not thread-safe; one per extraction.
 */
final class Features {
    private final int mask;
    private int[] indices = new int[64];
    private float[] values = new float[64];
    private int size;

    Features(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** Adds {@code value} to the feature {@code name}; zero values are dropped. */
    void add(String name, double value) {
        if (value == 0) {
            return;
        }
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = bucket(name);
        values[size] = (float) value;
        size++;
    }

    void add(String name) {
        add(name, 1.0);
    }

    int size() {
        return size;
    }

    int index(int k) {
        return indices[k];
    }

    float value(int k) {
        return values[k];
    }

    private int bucket(String name) {
        int h = name.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
