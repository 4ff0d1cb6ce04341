package io.newslens.sentiment;

/**
 * The classifier's answer for one target: the most likely label, a score in [-1, 1]
 * (P(positive) − P(negative)) and the three class probabilities.
 */
public record Prediction(Polarity label, double score, double negative, double neutral, double positive) {

    static Prediction of(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return new Prediction(Polarity.values()[best], p[2] - p[0], p[0], p[1], p[2]);
    }

    /** The probability of {@code polarity}. */
    public double probability(Polarity polarity) {
        return switch (polarity) {
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
            case POSITIVE -> positive;
        };
    }
}
