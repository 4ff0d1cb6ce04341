package io.newslens.cli;

import io.newslens.testing.TestPipelines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One run of the command line, built as {@link Main} builds it, with captured streams and the shared test pipeline. */
record CliRun(int exitCode, String stdout, String stderr) {
    static CliRun run(String... args) {
        return runWithStdin("", args);
    }

    static CliRun runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Context context = new Context(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintWriter(err, true), false, TestPipelines::standard);
        int code = Main.commandLineFor(context, args).execute(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Runs with {@code stdout} as the data stream (e.g. one that fails like a closed pipe); stdout is then "". */
    static CliRun runWithStdout(java.io.OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        Context context = new Context(new ByteArrayInputStream(new byte[0]), stdout, new PrintWriter(err, true), false,
                TestPipelines::standard);
        int code = Main.commandLineFor(context, args).execute(args);
        return new CliRun(code, "", err.toString());
    }

    List<String> stdoutLines() {
        return stdout.isEmpty() ? List.of() : Arrays.asList(stdout.split("\r?\n"));
    }

    List<String> stderrLines() {
        return stderr.isEmpty() ? List.of() : Arrays.asList(stderr.split("\r?\n"));
    }
}
