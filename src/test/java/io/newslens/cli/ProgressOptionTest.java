package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** {@code --progress auto|always|never}: when a bar is drawn, and that it only ever goes to stderr. */
class ProgressOptionTest {
    private static final String SAMPLE = "samples/interview-mayor.txt";
    private static final String OTHER = "samples/press-release-pharma.txt";
    private static final BooleanSupplier MUST_NOT_ASK = () -> {
        throw new AssertionError("the terminal check ran although its answer cannot matter");
    };

    /** What one run wrote. */
    private record Run(int exit, String out, String err) {
    }

    private static Run run(BooleanSupplier stderrIsTerminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Context context = new Context(new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true),
                false, stderrIsTerminal, Pipelines::standard);
        int exit = Main.commandLine(context).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private static String[] args(String... extra) {
        List<String> all = new ArrayList<>(List.of("entities", SAMPLE, OTHER));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    void modesParseCaseInsensitively() {
        for (String mode : List.of("auto", "always", "never", "NEVER")) {
            BatchMixin batch = new BatchMixin();
            new picocli.CommandLine(batch).setCaseInsensitiveEnumValuesAllowed(true).parseArgs("--progress", mode);
            assertThat(batch.progress.name()).isEqualToIgnoringCase(mode);
        }
    }

    @Test
    void unknownModeIsAUsageError() {
        Run run = run(MUST_NOT_ASK, args("--progress", "sometimes"));

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--progress").contains("sometimes");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void autoAsksAboutStderrAndDrawsNothingWhenItIsNotATerminal() {
        Run run = run(() -> false, args());

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).doesNotContain("\r").matches("newslens: 2 documents, 0 failed, [^\n]*docs/s\\R");
    }

    @Test
    void neverDrawsNothingEvenOnATerminal() {
        Run run = run(MUST_NOT_ASK, args("--progress", "never"));

        assertThat(run.err()).doesNotContain("\r").startsWith("newslens: 2 documents");
    }

    @Test
    void quietDrawsNothingEvenWhenAlwaysIsAsked() {
        Run run = run(MUST_NOT_ASK, args("--progress", "always", "--quiet"));

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void autoDrawsOnATerminalStderrWhateverStdoutIs() {
        Run run = run(() -> true, args());

        assertThat(run.err()).contains("\r").contains("docs");
    }

    @Test
    void alwaysWritesTheBarToStderrOnlyAndLeavesTheDataAlone() {
        Run plain = run(MUST_NOT_ASK, args("--progress", "never"));
        Run drawn = run(MUST_NOT_ASK, args("--progress", "always"));

        assertThat(drawn.exit()).isEqualTo(ExitCodes.OK);
        // CSV rows end in \r\n (RFC 4180); what matters is that not one byte of the bar is there.
        assertThat(drawn.out()).isEqualTo(plain.out()).doesNotContain(" docs");
        assertThat(drawn.err()).contains("\r").contains("/2 docs");
        // The bar is wiped before the summary, which starts on a clean line.
        assertThat(drawn.err()).containsPattern("\r +\rnewslens: 2 documents, 0 failed");
    }
}
