package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for {@link JsonLinesReader#parse}: any line gives a {@link Document} or a
 * {@link Problem} with the line number, never an exception, and targets stay inside the text.
 *
 * <p>In a normal build this runs the inputs under {@code JsonLinesReaderJazzerTestInputs}
 * once; {@code scripts/fuzz} fuzzes it for real.
 */
class JsonLinesReaderJazzerTest {
    @FuzzTest(maxDuration = "10m")
    void parsesOrReportsTheLine(byte[] data) {
        String line = new String(data, StandardCharsets.UTF_8);
        Input input = JsonLinesReader.parse("in.jsonl", 7, line);
        if (input instanceof Problem problem) {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.describe()).startsWith("cannot read 'in.jsonl' line 7: ");
            return;
        }
        Document document = (Document) input;
        for (Document.Target target : document.targets()) {
            assertThat(target.start()).isBetween(0, target.end());
            assertThat(target.end()).isLessThanOrEqualTo(document.text().length());
        }
    }
}
