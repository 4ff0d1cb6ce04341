package io.newslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile shapes of text keep the analysis time linear: a 1 MB line with no sentence end, and
 * thousands of unbalanced quotation marks. Why a ratio: absolute times depend on the machine;
 * four times the text taking far more than four times as long is what a quadratic step shows.
 */
class LongInputTimeTest {
    private static final Set<Layer> ALL = Set.of(Layer.ENTITIES, Layer.QUOTES);

    @Test
    void aOneMegabyteLineWithoutSentenceEndIsLinear() {
        String unit = "Iran and the United States met in Geneva while protesters waited outside and ";
        assertLinear(unit, 1 << 20);
    }

    @Test
    void thousandsOfUnbalancedQuotesAreLinear() {
        String unit = "“Iran said ” he \" told “ the \" press ’’ and ";
        assertLinear(unit, 1 << 19);
    }

    private static void assertLinear(String unit, int bigLength) {
        String small = repeat(unit, bigLength / 4);
        String big = repeat(unit, bigLength);
        analyze(small); // warm up models and JIT
        long smallNanos = Math.min(time(small), time(small));
        long bigNanos = time(big);
        double ratio = (double) bigNanos / Math.max(1, smallNanos);
        System.out.printf("%d chars: %d ms, %d chars: %d ms, ratio %.1f%n",
                small.length(), smallNanos / 1_000_000, big.length(), bigNanos / 1_000_000, ratio);
        assertThat(bigNanos / 1_000_000_000.0).as("seconds for %d chars", big.length()).isLessThan(60);
        // linear is 4, quadratic 16: the bound leaves room for GC and a busy machine
        assertThat(ratio).as("4× the text takes %.1f× the time", ratio).isLessThan(12);
    }

    private static long time(String text) {
        long started = System.nanoTime();
        analyze(text);
        return System.nanoTime() - started;
    }

    private static void analyze(String text) {
        Analysis analysis = TestPipelines.standard().analyze(new Document("long", text), ALL);
        assertThat(analysis.tokens()).isNotEmpty();
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
