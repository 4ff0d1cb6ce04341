package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.testing.TestPipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entity part of {@code tools/check-seed} as a test: the seed article of the shared folder
 * (system property {@code newslens.shared}, set by surefire) against its hand-made gold.
 * Skipped when the shared folder is not there.
 *
 * <p>An entity matches a gold entry when its name or one of its aliases equals, ignoring case,
 * the gold name or one of {@code aliases_any}; the largest count of the matches is compared,
 * as check-seed does.
 */
class SeedGoldTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode gold;
    private static List<Entity> entities;

    @BeforeAll
    static void analyseSeed() throws IOException {
        String shared = System.getProperty("newslens.shared");
        assumeThat(shared).as("system property newslens.shared").isNotNull();
        Path goldFile = Path.of(shared, "gold", "iran-iraq-analysis.gold.json");
        Path seed = Path.of(shared, "seed", "iran-iraq-analysis.txt");
        assumeThat(Files.isRegularFile(goldFile) && Files.isRegularFile(seed)).as("shared seed and gold present").isTrue();
        gold = JSON.readTree(goldFile.toFile());
        entities = TestPipelines.entities(Files.readString(seed, StandardCharsets.UTF_8)).entities();
    }

    private static Set<String> keys(JsonNode goldEntity) {
        Set<String> keys = new HashSet<>();
        keys.add(goldEntity.get("name").asText().toLowerCase(Locale.ROOT));
        goldEntity.get("aliases_any").forEach(a -> keys.add(a.asText().toLowerCase(Locale.ROOT)));
        return keys;
    }

    private static boolean matches(Entity e, Set<String> keys) {
        return keys.contains(e.name().toLowerCase(Locale.ROOT))
                || e.aliases().stream().anyMatch(a -> keys.contains(a.toLowerCase(Locale.ROOT)));
    }

    @Test
    void everyGoldEntityCountIsInItsRange() {
        List<String> failures = new ArrayList<>();
        for (JsonNode g : gold.get("entities")) {
            Set<String> keys = keys(g);
            int best = entities.stream().filter(e -> matches(e, keys)).mapToInt(Entity::count).max().orElse(0);
            int min = g.get("min").asInt();
            int max = g.get("max").asInt();
            if (best < min || best > max) {
                failures.add(g.get("name").asText() + ": " + best + " (want " + min + "-" + max + ")");
            }
        }
        assertThat(failures).as("gold entities out of range").isEmpty();
        assertThat(gold.get("entities").size()).isPositive();
    }

    @Test
    void topEntitiesCoverTheExpectedOnes() {
        JsonNode top = gold.get("top_entities");
        int k = top.get("k").asInt();
        Set<String> topNames = new HashSet<>();
        entities.stream().limit(k).forEach(e -> {
            topNames.add(e.name().toLowerCase(Locale.ROOT));
            e.aliases().forEach(a -> topNames.add(a.toLowerCase(Locale.ROOT)));
        });
        List<String> missing = new ArrayList<>();
        for (JsonNode expected : top.get("expected")) {
            JsonNode g = null;
            for (JsonNode candidate : gold.get("entities")) {
                if (candidate.get("name").asText().equals(expected.asText())) {
                    g = candidate;
                }
            }
            assertThat(g).as("gold entry for top entity " + expected.asText()).isNotNull();
            if (keys(g).stream().noneMatch(topNames::contains)) {
                missing.add(expected.asText());
            }
        }
        assertThat(missing).as("expected in the top " + k).isEmpty();
    }
}
