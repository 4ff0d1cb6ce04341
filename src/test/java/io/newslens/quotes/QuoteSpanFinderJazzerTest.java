package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Jazzer target for {@link QuoteSpanFinder}: on any text the spans keep the class contract
 * (ordered, non-overlapping, inside the text) and nothing throws.
 *
 * <p>In a normal build this runs the inputs under {@code QuoteSpanFinderJazzerTestInputs}
 * once; {@code scripts/fuzz} fuzzes it for real.
 */
class QuoteSpanFinderJazzerTest {
    private final QuoteSpanFinder finder = new QuoteSpanFinder();

    @FuzzTest(maxDuration = "10m")
    void spansAreOrderedAndInside(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<QuotedText> spans = finder.find(text);
        int previousEnd = 0;
        for (QuotedText q : spans) {
            assertThat(q.start()).as("ordered, non-overlapping").isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).isLessThanOrEqualTo(text.length());
            previousEnd = q.end();
        }
    }
}
