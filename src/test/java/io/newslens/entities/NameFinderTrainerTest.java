package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

class NameFinderTrainerTest {
    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        return fixture(dir);
    }

    static Path fixture(Path dir) throws IOException {
        Path file = dir.resolve("tiny-ner.train");
        if (Files.exists(file)) {
            return file;
        }
        try (var in = NameFinderTrainerTest.class.getResourceAsStream("tiny-ner.train")) {
            Files.copy(in, file);
        }
        return file;
    }

    private TokenNameFinderModel trainTiny() throws IOException {
        return trainTiny(dir);
    }

    /** Trains the tiny fixture model in {@code dir} and saves it there as {@code tiny.bin}. */
    static TokenNameFinderModel trainTiny(Path dir) throws IOException {
        Path features = ShippedFeatures.copyTo(dir.resolve("features"));
        TokenNameFinderModel model = new NameFinderTrainer(new NameFinderTrainer.Settings(50, 0, 4))
                .train(List.of(new WeightedFile(fixture(dir), 2)), features);
        NameFinderModels.save(model, dir.resolve("tiny.bin"));
        return model;
    }

    static List<String> names(TokenNameFinderModel model, String sentence) {
        String[] tokens = sentence.split(" ");
        Span[] spans = new NameFinderME(model).find(tokens);
        return Arrays.stream(spans)
                .map(s -> s.getType() + ":" + String.join(" ", Arrays.copyOfRange(tokens, s.getStart(), s.getEnd())))
                .toList();
    }

    @Test
    void tinyModelFindsAKnownNameInANewSentence() throws IOException {
        TokenNameFinderModel model = trainTiny();

        assertThat(names(model, "Yesterday Anna Berg visited the new school ."))
                .contains("person:Anna Berg");
    }

    @Test
    void trainedModelIsWrittenAndLoadsAgain() throws IOException {
        trainTiny();

        TokenNameFinderModel loaded = NameFinderModels.load(dir.resolve("tiny.bin"));

        assertThat(names(loaded, "Maria Lopez said the talks went well ."))
                .contains("person:Maria Lopez");
    }

    @Test
    void evaluatorScoresTheTrainingDataAlmostPerfectly() throws IOException {
        TokenNameFinderModel model = trainTiny();

        NameFinderEvaluator.Result result = new NameFinderEvaluator(Set.of()).evaluate(model, fixture());

        assertThat(result.overall().gold()).isEqualTo(45);
        assertThat(result.overall().f1()).isGreaterThan(0.9);
        assertThat(result.byType()).containsOnlyKeys("person", "location", "organization");
    }

    @Test
    void evaluatorCountsOnlyTheRequestedTypes() throws IOException {
        TokenNameFinderModel model = trainTiny();

        NameFinderEvaluator.Result result = new NameFinderEvaluator(Set.of("location")).evaluate(model, fixture());

        assertThat(result.byType()).containsOnlyKeys("location");
        assertThat(result.overall().gold()).isEqualTo(16);
    }

    @Test
    void augmenterAppendsCapitalisedCopiesOfEveryNthSentenceKeepingMarkup() {
        List<String> lines = List.of("<START:person> Anna Berg <END> left .", "", "b c", "Ünal in <START:location> Köln <END>");

        List<String> out = new UppercaseAugmenter(3).augment(lines);

        assertThat(out).containsExactly("<START:person> Anna Berg <END> left .", "", "b c",
                "Ünal in <START:location> Köln <END>", "", "ÜNAL IN <START:location> KÖLN <END>");
    }

    @Test
    void augmenterWithZeroLeavesLinesAlone() {
        assertThat(new UppercaseAugmenter(0).augment(List.of("a", "b"))).containsExactly("a", "b");
    }
}
