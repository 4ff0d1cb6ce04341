package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.testing.EntityCountScore;
import io.newslens.testing.TestPipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scores entity counts on six Wikinews articles, now the development set for entities ({@code
 * src/test/resources/heldout}, provenance in its README) against gold counted by hand before the
 * tool was run: the share of gold entities whose merged count is exactly right
 * ({@link EntityCountScore}). The articles are read from {@code corpus/} in the shared folder
 * (system property {@code newslens.shared}); skipped when it is absent.
 *
 * <p>Why a floor below the figure: this is a measurement, not a target to tune to. The floor is
 * the figure last measured minus 0.05, a regression guard only. These articles were held out
 * until the entfix branch developed rules on their misses; a fresh held-out set is being written.
 */
class HeldOutEntityAccuracyTest {
    /**
     * The accuracy after branch entfix was developed on these articles (37 of 48 before): since
     * then they are the development set for entities, no longer held out.
     */
    static final double MEASURED = 45.0 / 48; // 0.938; the floor 0.05 below is a regression guard, not a goal
    private static final Path GOLD = Path.of("src/test/resources/heldout");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exactCountShareIsAtLeastTheMeasuredFloor() throws IOException {
        String shared = System.getProperty("newslens.shared");
        assumeTrue(shared != null, "system property newslens.shared not set");
        Path corpus = Path.of(shared, "corpus");
        assumeTrue(Files.isDirectory(corpus), corpus + " not present");
        List<Path> golds;
        try (Stream<Path> files = Files.list(GOLD)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        assertThat(golds).hasSize(6);
        EntityCountScore score = new EntityCountScore();
        for (Path goldFile : golds) {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            String document = gold.get("document").asText();
            String text = Files.readString(corpus.resolve(document), StandardCharsets.UTF_8);
            score.add(document, TestPipelines.entities(text).entities(), gold);
        }
        score.print("held-out");
        assertThat(score.accuracy()).as("exact-count share; misses: %s", score.misses())
                .isGreaterThanOrEqualTo(MEASURED - 0.05);
    }
}
