package io.newslens.sentiment;

import java.util.Locale;

/** Sentiment labels of NewsMTSC and of the output. */
public enum Polarity {
    NEGATIVE, NEUTRAL, POSITIVE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
