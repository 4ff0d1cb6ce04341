package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The shipped model on sentences whose polarity toward the target is not in doubt. */
class TargetSentimentClassifierTest {
    private static final TargetSentimentClassifier SHIPPED = TargetSentimentClassifier.shipped();

    @Test
    void condemnedIsNegativeTowardIran() {
        Prediction p = classify("Washington condemned Iran for ordering the attacks.", "Iran");
        assertThat(p.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(p.score()).isNegative();
    }

    @Test
    void praiseIsPositiveTowardItsObject() {
        Prediction p = classify("The senator praised Merkel for her courageous leadership during the crisis.",
                "Merkel");
        assertThat(p.label()).isEqualTo(Polarity.POSITIVE);
        assertThat(p.score()).isPositive();
    }

    @Test
    void plainReportIsNeutral() {
        assertThat(classify("Smith met reporters on Tuesday.", "Smith").label()).isEqualTo(Polarity.NEUTRAL);
    }

    @Test
    void scoreIsPositiveMinusNegativeProbability() {
        Prediction p = classify("Critics accused Smith of lying to investigators.", "Smith");
        assertThat(p.negative() + p.neutral() + p.positive()).isCloseTo(1.0, within(1e-9));
        assertThat(p.score()).isCloseTo(p.positive() - p.negative(), within(1e-12)).isBetween(-1.0, 1.0);
        assertThat(p.probability(p.label())).isEqualTo(Math.max(p.negative(), Math.max(p.neutral(), p.positive())));
    }

    @Test
    void shippedIsLoadedOnce() {
        assertThat(TargetSentimentClassifier.shipped()).isSameAs(SHIPPED);
    }

    @Test
    void rejectsTargetsOutsideTheSentence() {
        assertThatThrownBy(() -> SHIPPED.classify("Iran", 2, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("target");
        assertThatThrownBy(() -> SHIPPED.classify("Iran", 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SHIPPED.classify(null, 0, 1)).hasMessageContaining("sentence");
    }

    private static Prediction classify(String sentence, String target) {
        int start = sentence.indexOf(target);
        return SHIPPED.classify(sentence, start, start + target.length());
    }
}
