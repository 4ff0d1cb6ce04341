package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    /** Rows gold, columns predicted, both in negative/neutral/positive order. */
    private final Evaluation e = new Evaluation(new int[][] {{8, 2, 0}, {1, 3, 0}, {0, 0, 0}});

    @Test
    void perClassScores() {
        assertThat(e.precision(Polarity.NEGATIVE)).isCloseTo(8 / 9.0, within(1e-12));
        assertThat(e.recall(Polarity.NEGATIVE)).isCloseTo(0.8, within(1e-12));
        assertThat(e.f1(Polarity.NEUTRAL)).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(e.f1(Polarity.POSITIVE)).as("no gold, no predictions").isZero();
    }

    @Test
    void macroF1IsTheUnweightedMeanAndAccuracyCountsTheDiagonal() {
        double negF1 = 2 * (8 / 9.0) * 0.8 / (8 / 9.0 + 0.8);
        assertThat(e.macroF1()).isCloseTo((negF1 + e.f1(Polarity.NEUTRAL)) / 3, within(1e-12));
        assertThat(e.accuracy()).isCloseTo(11 / 14.0, within(1e-12));
        assertThat(e.summary()).startsWith("F1m ").endsWith("(n=14)");
    }
}
