package io.newslens.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final StringWriter err = new StringWriter();

    @Test
    void knownTotalShowsDoneOfTotal() {
        try (Progress progress = new TerminalProgress(new PrintWriter(err), 3, () -> 100, false)) {
            progress.step();
            progress.step();
        }

        assertThat(err.toString()).contains("2/3 docs").contains("docs/s");
    }

    @Test
    void unknownTotalShowsTheCountAndTheRate() {
        try (Progress progress = new TerminalProgress(new PrintWriter(err), -1, () -> 100, true)) {
            progress.step();
        }

        assertThat(err.toString()).contains("1/? docs").contains("docs/s").doesNotContain("%|");
    }

    @Test
    void aReportStartsOnAClearedLineAndTheBarIsWipedAtTheEnd() {
        try (Progress progress = new TerminalProgress(new PrintWriter(err), 2, () -> 60, true)) {
            progress.step();
            progress.report("newslens: cannot read 'b.txt': permission denied");
            progress.step();
        }

        String text = err.toString();
        assertThat(text).containsPattern("(^|\r +\r)newslens: cannot read 'b.txt': permission denied\n");
        assertThat(text).endsWith("\r");
        for (String line : text.split("[\r\n]")) {
            assertThat(line.length()).as("rendered width").isLessThanOrEqualTo(59);
        }
    }

    @Test
    void withoutABarReportsAreJustLines() {
        try (Progress progress = Progress.none(new PrintWriter(err))) {
            progress.step();
            progress.report("newslens: x");
        }

        assertThat(err.toString()).isEqualTo("newslens: x" + System.lineSeparator());
    }
}
