package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerFeatureGeneratorTest {
    private static final Map<String, String> KINDS = Map.of("New York", "city", "Papua New Guinea", "country",
            "Guinea", "country", "Iranian", "demonym");

    @Test
    void marksStartAndContinuationOfTheLongestPhrase() {
        String[] tokens = "Iranian officials in Papua New Guinea and New York".split(" ");
        assertThat(new GazetteerFeatureGenerator(KINDS).mark(tokens)).containsExactly("gaz=B-demonym", null, null,
                "gaz=B-country", "gaz=I-country", "gaz=I-country", null, "gaz=B-city", "gaz=I-city");
    }

    @Test
    void matchesCaseSensitivelyAndNotPartOfAPhrase() {
        String[] tokens = "new york and New Jersey".split(" ");
        assertThat(new GazetteerFeatureGenerator(KINDS).mark(tokens)).containsOnlyNulls();
    }

    @Test
    void addsOnlyTheFeatureOfTheTokenAsked() {
        GazetteerFeatureGenerator generator = new GazetteerFeatureGenerator(KINDS);
        String[] tokens = {"in", "New", "York"};
        List<String> features = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            generator.createFeatures(features, tokens, i, new String[i]);
        }
        assertThat(features).containsExactly("gaz=B-city", "gaz=I-city");
    }

    @Test
    void factoryListsTheChosenClassesOfTheShippedGazetteer() {
        Map<String, String> kinds = GazetteerFeatureGeneratorFactory.kinds(Gazetteer.shared(), List.of("place", "title"));
        assertThat(kinds).containsEntry("Kyiv", "capital").containsEntry("Secretary of State", "title")
                .doesNotContainKey("Iranian");
        assertThat(new GazetteerFeatureGenerator(kinds).mark("Secretary of State met".split(" ")))
                .isEqualTo(Arrays.asList("gaz=B-title", "gaz=I-title", "gaz=I-title", null).toArray());
    }

    @Test
    void shippedFeaturesWithGazetteerNameTheGenerator(@TempDir Path dir)
            throws IOException {
        String plain = Files.readString(ShippedFeatures.copyTo(dir.resolve("a")));
        String withGazetteer = Files.readString(ShippedFeatures.copyTo(dir.resolve("b"), true));
        assertThat(plain).doesNotContain("GazetteerFeatureGeneratorFactory");
        assertThat(withGazetteer).contains("<str name=\"classes\">place,demonym</str>")
                .endsWith("</featureGenerators>\n");
    }
}
