package io.newslens.entities;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One OpenNLP name-finder training file and how many times it is read into the training set.
 *
 * <p>Why copies: oversampling a small set that follows the target guidelines (wikigold follows
 * CoNLL's) pulls the model towards that annotation style without discarding the larger sets.
 */
public record WeightedFile(Path file, int copies) {
    public WeightedFile {
        Objects.requireNonNull(file, "file");
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be >= 1, was " + copies);
        }
    }

    /** A file read once. */
    public static WeightedFile once(Path file) {
        return new WeightedFile(file, 1);
    }
}
