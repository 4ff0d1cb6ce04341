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
 * Scores entity counts on six Wikinews articles never developed on ({@code
 * src/test/resources/heldout}, provenance in its README) against gold counted by hand before the
 * tool was run: the share of gold entities whose merged count is exactly right
 * ({@link EntityCountScore}). The articles are read from {@code corpus/} in the shared folder
 * (system property {@code newslens.shared}); skipped when it is absent.
 *
 * <p>Why a floor below the figure: this is a measurement, not a target to tune to. The floor is
 * the figure measured when the test was written minus 0.05, a regression guard only; the held-out
 * articles must not be used to develop rules, or the figure stops meaning anything.
 */
class HeldOutEntityAccuracyTest {
    /** The accuracy measured on 2026-12-04 with main code as of commit 40c978f. */
    static final double MEASURED = 37.0 / 48; // 0.771; the floor 0.05 below is a regression guard, not a goal
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
