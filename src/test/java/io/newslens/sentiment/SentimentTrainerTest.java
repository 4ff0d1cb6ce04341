package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains tiny models from {@code tiny-train.jsonl}: 18 one-target sentences, 6 per label. */
class SentimentTrainerTest {
    private static List<LabelledTarget> tiny;

    @BeforeAll
    static void readFixture() throws IOException, URISyntaxException {
        tiny = NewsMtscReader.read(Path.of(SentimentTrainerTest.class.getResource("tiny-train.jsonl").toURI()));
    }

    @Test
    void readsEveryTargetOfTheFixture() {
        assertThat(tiny).hasSize(18);
        LabelledTarget first = tiny.get(0);
        assertThat(first.sentence().substring(first.start(), first.end())).isEqualTo("Alice");
        assertThat(first.label()).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void learnsTheFixture() {
        TargetSentimentClassifier c = new SentimentTrainer(SentimentTrainer.Settings.defaults()).train(tiny);
        assertThat(SentimentEvaluator.evaluate(c, tiny).accuracy()).isEqualTo(1.0);
        String s = "The committee praised Zoe for her brilliant courage.";
        assertThat(c.classify(s, 22, 25).label()).isEqualTo(Polarity.POSITIVE);
    }

    @Test
    void trainingIsDeterministicAndSavedModelsPredictTheSame() throws IOException {
        SentimentTrainer trainer = new SentimentTrainer(SentimentTrainer.Settings.defaults());
        byte[] first = save(trainer.train(tiny));
        byte[] second = save(trainer.train(tiny));
        assertThat(second).isEqualTo(first);
        TargetSentimentClassifier loaded = TargetSentimentClassifier.load(new ByteArrayInputStream(first));
        TargetSentimentClassifier trained = trainer.train(tiny);
        for (LabelledTarget t : tiny) {
            assertThat(loaded.classify(t.sentence(), t.start(), t.end()))
                    .isEqualTo(trained.classify(t.sentence(), t.start(), t.end()));
        }
    }

    @Test
    void holdoutKeepsTheTargetsOfOneSentenceTogether() {
        SentimentTrainer.Split split = SentimentTrainer.holdoutSplit(tiny, 50);
        assertThat(split.train().size() + split.heldOut().size()).isEqualTo(tiny.size());
        assertThat(split.train()).doesNotContainAnyElementsOf(split.heldOut());
    }

    @Test
    void rejectsEmptyDataAndBadSettings() {
        SentimentTrainer trainer = new SentimentTrainer(SentimentTrainer.Settings.defaults());
        assertThatThrownBy(() -> trainer.train(List.of())).hasMessageContaining("data");
        assertThatThrownBy(() -> new SentimentTrainer.Settings(java.util.Set.of(), 40, 1, 0.1, 0, 1))
                .hasMessageContaining("bits");
        assertThatThrownBy(() -> SentimentTrainer.Settings.defaults().withRuns(0)).hasMessageContaining("runs");
    }

    @Test
    void oneRunDiffersFromTheAverageOfFourButBothLearnTheFixture() throws IOException {
        SentimentTrainer.Settings four = SentimentTrainer.Settings.defaults();
        assertThat(four.runs()).isEqualTo(4);
        TargetSentimentClassifier averaged = new SentimentTrainer(four).train(tiny);
        TargetSentimentClassifier single = new SentimentTrainer(four.withRuns(1)).train(tiny);
        assertThat(save(averaged)).isNotEqualTo(save(single));
        assertThat(SentimentEvaluator.evaluate(single, tiny).accuracy()).isEqualTo(1.0);
        assertThat(SentimentEvaluator.evaluate(averaged, tiny).accuracy()).isEqualTo(1.0);
    }

    @Test
    void unreadableModelIsReported() {
        byte[] junk = {1, 2, 3};
        assertThatThrownBy(() -> TargetSentimentClassifier.load(new ByteArrayInputStream(junk)))
                .isInstanceOf(IOException.class);
    }

    private static byte[] save(TargetSentimentClassifier c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        c.save(out);
        return out.toByteArray();
    }
}
