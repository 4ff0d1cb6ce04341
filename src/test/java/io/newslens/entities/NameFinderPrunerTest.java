package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;

class NameFinderPrunerTest {
    @TempDir
    static Path dir;
    private static TokenNameFinderModel tiny;

    @BeforeAll
    static void train() throws IOException {
        tiny = NameFinderTrainerTest.trainTiny(dir);
    }

    /** Largest absolute weight of every feature, by feature name. */
    private static Map<String, Double> largestWeights(TokenNameFinderModel model) {
        AbstractModel perceptron = model.getArtifact("nameFinder.model");
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) perceptron.getDataStructures()[1];
        Map<String, Double> largest = new TreeMap<>();
        features.forEach((name, c) -> largest.put(name,
                Arrays.stream(c.getParameters()).map(Math::abs).max().orElse(0)));
        return largest;
    }

    /** A threshold that drops the tiny model's features with the smallest largest weight. */
    private static double threshold() {
        double[] sorted = largestWeights(tiny).values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return Arrays.stream(sorted).filter(w -> w > sorted[0]).findFirst().orElseThrow();
    }

    @Test
    void keepsExactlyTheFeaturesWithAWeightAtOrAboveTheThreshold() throws IOException {
        double below = threshold();
        Map<String, Double> before = largestWeights(tiny);

        TokenNameFinderModel pruned = new NameFinderPruner(below).prune(tiny);

        Map<String, Double> after = largestWeights(pruned);
        assertThat(after.values()).allMatch(w -> w >= below);
        assertThat(after.keySet()).containsExactlyElementsOf(
                before.entrySet().stream().filter(e -> e.getValue() >= below).map(Map.Entry::getKey).toList());
        assertThat(after.size()).isLessThan(before.size()).isEqualTo(NameFinderPruner.predicateCount(pruned));
    }

    @Test
    void prunedModelIsSavedLoadsAgainAndStillFindsNames() throws IOException {
        Path file = dir.resolve("pruned.bin");
        NameFinderModels.save(new NameFinderPruner(threshold()).prune(tiny), file);

        TokenNameFinderModel loaded = NameFinderModels.load(file);

        assertThat(NameFinderTrainerTest.names(loaded, "Yesterday Anna Berg visited the new school ."))
                .contains("person:Anna Berg");
        assertThat(loaded.getManifestProperty(NameFinderPruner.MANIFEST_KEY)).isEqualTo(Double.toString(threshold()));
    }

    @Test
    void zeroKeepsEveryFeatureWithANonzeroWeight() throws IOException {
        Map<String, Double> nonzero = new TreeMap<>(largestWeights(tiny));
        nonzero.values().removeIf(w -> w == 0);

        assertThat(largestWeights(new NameFinderPruner(0).prune(tiny))).isEqualTo(nonzero);
    }

    @Test
    void negativeThresholdIsRejected() {
        assertThatThrownBy(() -> new NameFinderPruner(-1)).hasMessageContaining("below");
    }
}
