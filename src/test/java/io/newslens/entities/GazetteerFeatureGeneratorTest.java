package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.TokenNameFinderModel;

class GazetteerFeatureGeneratorTest {
    private static final GazetteerDictionary DICTIONARY = new GazetteerDictionary(Map.of("New York", "city",
            "Papua New Guinea", "country", "Guinea", "country", "Iranian", "demonym"));

    @Test
    void marksStartAndContinuationOfTheLongestPhrase() {
        String[] tokens = "Iranian officials in Papua New Guinea and New York".split(" ");
        assertThat(new GazetteerFeatureGenerator(DICTIONARY).mark(tokens)).containsExactly("gaz=B-demonym", null, null,
                "gaz=B-country", "gaz=I-country", "gaz=I-country", null, "gaz=B-city", "gaz=I-city");
    }

    @Test
    void matchesCaseSensitivelyAndNotPartOfAPhrase() {
        String[] tokens = "new york and New Jersey".split(" ");
        assertThat(new GazetteerFeatureGenerator(DICTIONARY).mark(tokens)).containsOnlyNulls();
    }

    @Test
    void aPhraseCutByTheSentenceEndIsNotMarked() {
        assertThat(new GazetteerFeatureGenerator(DICTIONARY).mark("in Papua New".split(" "))).containsOnlyNulls();
        assertThat(new GazetteerFeatureGenerator(new GazetteerDictionary(Map.of())).mark(new String[] {"Guinea"}))
                .containsOnlyNulls();
    }

    @Test
    void addsOnlyTheFeatureOfTheTokenAsked() {
        GazetteerFeatureGenerator generator = new GazetteerFeatureGenerator(DICTIONARY);
        String[] tokens = {"in", "New", "York"};
        List<String> features = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            generator.createFeatures(features, tokens, i, new String[i]);
        }
        assertThat(features).containsExactly("gaz=B-city", "gaz=I-city");
    }

    @Test
    void dictionaryOfTheShippedGazetteerHasTheChosenClasses() {
        GazetteerDictionary dictionary = GazetteerDictionary.of(Gazetteer.shared(), List.of("place", "title"));
        assertThat(dictionary.kind("Kyiv")).isEqualTo("capital");
        assertThat(dictionary.kind("Secretary of State")).isEqualTo("title");
        assertThat(dictionary.kind("Iranian")).isNull();
        assertThat(new GazetteerFeatureGenerator(dictionary).mark("Secretary of State met".split(" ")))
                .isEqualTo(Arrays.asList("gaz=B-title", "gaz=I-title", "gaz=I-title", null).toArray());
    }

    @Test
    void shippedFeaturesNameTheGeneratorAndWriteItsListsUnlessAskedNotTo(@TempDir Path dir) throws IOException {
        String with = Files.readString(ShippedFeatures.copyTo(dir.resolve("a")));
        String without = Files.readString(ShippedFeatures.copyTo(dir.resolve("b"), false));
        assertThat(with).contains("<str name=\"dict\">" + ShippedFeatures.GAZETTEER_DICT + "</str>")
                .endsWith("</featureGenerators>\n");
        assertThat(without).doesNotContain("GazetteerFeatureGeneratorFactory").endsWith("</featureGenerators>\n");
        assertThat(dir.resolve("b").resolve(ShippedFeatures.GAZETTEER_DICT)).doesNotExist();
        try (InputStream in = Files.newInputStream(dir.resolve("a").resolve(ShippedFeatures.GAZETTEER_DICT))) {
            GazetteerDictionary written = GazetteerDictionary.read(in);
            assertThat(written).isEqualTo(GazetteerDictionary.of(Gazetteer.shared(), ShippedFeatures.GAZETTEER_CLASSES));
            assertThat(written.kind("Iranian")).isEqualTo("demonym");
            assertThat(written.kind("Papua New Guinea")).isEqualTo("country");
        }
    }

    @Test
    void aTrainedModelTagsWithTheListsItStoresNotTheJarsLists(@TempDir Path dir) throws IOException {
        Path features = ShippedFeatures.copyTo(dir.resolve("features"));
        // A list of the training time that differs from the jar's: the model must keep it.
        Path dict = features.resolveSibling(ShippedFeatures.GAZETTEER_DICT);
        Files.writeString(dict, "Qwertyland\tcountry\n");
        TokenNameFinderModel model = new NameFinderTrainer(new NameFinderTrainer.Settings(20, 0, 0))
                .train(List.of(WeightedFile.once(NameFinderTrainerTest.fixture(dir))), features);
        Path file = dir.resolve("m.bin");
        NameFinderModels.save(model, file);

        TokenNameFinderModel loaded = NameFinderModels.load(file);

        assertThat((Object) loaded.getArtifact(ShippedFeatures.GAZETTEER_DICT)).isInstanceOf(GazetteerDictionary.class)
                .isEqualTo(new GazetteerDictionary(Map.of("Qwertyland", "country")));
        try (InputStream in = Files.newInputStream(file)) {
            TokenNameFinderModel compact = new CompactNameFinderModel(in);
            assertThat((Object) compact.getArtifact(ShippedFeatures.GAZETTEER_DICT))
                    .isEqualTo(loaded.getArtifact(ShippedFeatures.GAZETTEER_DICT));
            String sentence = "Yesterday Anna Berg flew to Qwertyland .";
            assertThat(NameFinderTrainerTest.names(compact, sentence))
                    .isEqualTo(NameFinderTrainerTest.names(loaded, sentence));
        }
    }
}
