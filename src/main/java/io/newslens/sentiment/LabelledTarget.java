package io.newslens.sentiment;

import java.util.Objects;

/** A target span in a sentence with its gold polarity (one NewsMTSC target). */
public record LabelledTarget(String sentenceId, String sentence, int start, int end, Polarity label) {
    public LabelledTarget {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start || end > sentence.length()) {
            throw new IllegalArgumentException("target [" + start + "," + end + ") outside sentence of length "
                    + sentence.length());
        }
    }
}
