package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class TrainNerCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new TrainNerCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void helpShowsTheRecipeDefaults() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data", "--out", "--eval", "default: 3", "default: 0");
    }

    @Test
    void clustersFromWithOwnFeaturesIsAUsageError() {
        assertThat(run("--data", "d", "--out", "x.bin", "--features", "f.xml", "--clusters-from", "c")).isEqualTo(2);
        assertThat(err.toString()).contains("--clusters-from");
    }

    @Test
    void noGazetteerFeaturesWithOwnFeaturesIsAUsageError() {
        assertThat(run("--data", "d", "--out", "x.bin", "--features", "f.xml", "--no-gazetteer-features")).isEqualTo(2);
        assertThat(err.toString()).contains("--no-gazetteer-features changes the shipped feature set");
    }

    @Test
    void severalPruneThresholdsWithoutEvalIsAUsageError() {
        assertThat(run("--data", "d", "--out", "x.bin", "--prune-below", "1,2")).isEqualTo(2);
        assertThat(err.toString()).contains("several --prune-below values need --eval");
    }

    @Test
    void negativePruneThresholdIsAUsageError() {
        assertThat(run("--data", "d", "--out", "x.bin", "--prune-below", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--prune-below must be a finite number >= 0");
    }

    @Test
    void missingDataIsAUsageError() {
        assertThat(run("--out", "x.bin")).isEqualTo(2);
        assertThat(err.toString()).contains("--data");
    }
}
