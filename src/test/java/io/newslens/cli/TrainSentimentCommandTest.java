package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.sentiment.TargetSentimentClassifier;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainSentimentCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void trainsWritesTheModelAndReportsEvaluations(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m/model.bin.gz");
        int code = run("--data", fixture(), "--out", model.toString(), "--eval", fixture(), "--holdout", "50");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("held-out 50% of tiny-train.jsonl: F1m ")
                .contains("tiny-train.jsonl: F1m 1.000");
        assertThat(err.toString()).startsWith("newslens: trained on 18 targets in ");
        try (InputStream in = Files.newInputStream(model)) {
            assertThat(TargetSentimentClassifier.load(in)).isNotNull();
        }
    }

    @Test
    void featureGroupsAreCaseInsensitive() throws Exception {
        assertThat(run("--data", fixture(), "--features", "lexicon,negation")).isZero();
    }

    @Test
    void runsBelowOneIsAUsageError() throws Exception {
        assertThat(run("--data", fixture(), "--runs", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--runs must be at least 1");
        assertThat(run("--data", fixture(), "--runs", "1")).isZero();
    }

    @Test
    void crossValidationIsReported() throws Exception {
        assertThat(run("--data", fixture(), "--cv", "3", "--runs", "1")).isZero();
        assertThat(out.toString()).startsWith("3-fold CV on tiny-train.jsonl: F1m ").contains("fold-mean");
        assertThat(run("--data", fixture(), "--cv", "1")).isEqualTo(2);
    }

    @Test
    void missingDataIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("--data");
    }

    @Test
    void unreadableDataExitsWithOneAndAMessage(@TempDir Path dir) {
        Path missing = dir.resolve("nope.jsonl");
        assertThat(run("--data", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("newslens: cannot read '" + missing + "': no such file" + System.lineSeparator());
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new TrainSentimentCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String fixture() throws URISyntaxException {
        return Path.of(TrainSentimentCommandTest.class
                .getResource("/io/newslens/sentiment/tiny-train.jsonl").toURI()).toString();
    }
}
