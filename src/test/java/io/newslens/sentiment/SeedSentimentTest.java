package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed article portrays Iran and the IRGC negatively (its gold); skipped without ../shared. */
class SeedSentimentTest {
    @Test
    void iranAndTheIrgcAreTowardNegativeWithEvidence() throws Exception {
        Path seed = Path.of(System.getProperty("newslens.shared", "../shared"), "seed", "iran-iraq-analysis.txt");
        assumeTrue(Files.isRegularFile(seed), "../shared is not here");
        Analysis analysis = TestPipelines.standard()
                .analyze(new Document("seed", Files.readString(seed)), Set.of(Layer.SENTIMENT));
        for (String actor : new String[] {"Iran", "Islamic Revolutionary Guard Corps"}) {
            ActorSentiment found = analysis.sentiment().stream()
                    .filter(a -> a.actor().equals(actor)).findFirst().orElseThrow();
            assertThat(found.toward().label()).as(actor).isEqualTo(Polarity.NEGATIVE);
            assertThat(found.toward().evidence()).as(actor).isNotEmpty()
                    .allSatisfy(span -> assertThat(span.text()).isNotBlank());
        }
    }
}
