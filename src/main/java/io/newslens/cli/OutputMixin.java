package io.newslens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written. */
final class OutputMixin {
    /** {@code table} is for people: an aligned text table, the REPL's default. */
    enum Format { csv, json, jsonl, table }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the run finishes) instead of stdout; - is stdout.")
    Path output;
}
