package io.newslens.analysis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newslens.io.Document;
import io.newslens.quotes.QuoteInvariants;
import io.newslens.testing.TestPipelines;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Jazzer target for the whole analysis (entities and quotes): on any text nothing throws and
 * every layer keeps the invariants of {@link AnnotatorInvariantsTest} and
 * {@link QuoteInvariants} (offsets within the text, text equal to the substring, order).
 *
 * <p>In a normal build this runs the inputs under {@code AnalyzerJazzerTestInputs} once;
 * {@code scripts/fuzz} fuzzes it for real.
 */
class AnalyzerJazzerTest {
    @FuzzTest(maxDuration = "10m")
    void analysisKeepsTheInvariants(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        Analysis analysis = TestPipelines.standard()
                .analyze(new Document("fuzz", text), Set.of(Layer.ENTITIES, Layer.QUOTES));
        AnnotatorInvariantsTest.checkInvariants(analysis);
        QuoteInvariants.check(analysis);
    }
}
