package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quote precision, recall and speaker accuracy on the hand-made gold of {@code samples/}.
 * The floors are the figures measured when the test was written, less 0.03; README's
 * "Accuracy" table quotes the line this test prints.
 */
class SamplesQuoteScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MEASURED_PRECISION = 0.983;
    private static final double MEASURED_RECALL = 0.908;
    private static final double MEASURED_SPEAKER = 0.916;

    @Test
    void samplesScoreAtLeastTheMeasuredFigures() throws IOException {
        QuoteScore score = new QuoteScore();
        List<Path> golds;
        try (Stream<Path> files = Files.list(Path.of("samples/gold"))) {
            golds = files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(5);
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            Path article = Path.of("samples", gold.path("document").asText());
            Document doc = new Document(article.toString(), Files.readString(article));
            score.add(TestPipelines.standard().analyze(doc, Set.of(Layer.QUOTES)).quotes(), gold);
        }
        System.out.println("samples quotes: " + score.summary());
        assertThat(score.gold).isGreaterThanOrEqualTo(40);
        assertThat(score.precision()).isGreaterThanOrEqualTo(MEASURED_PRECISION - 0.03);
        assertThat(score.recall()).isGreaterThanOrEqualTo(MEASURED_RECALL - 0.03);
        assertThat(score.speakerAccuracy()).isGreaterThanOrEqualTo(MEASURED_SPEAKER - 0.03);
    }
}
