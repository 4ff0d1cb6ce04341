package io.newslens.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written. */
final class OutputMixin {
    enum Format { csv, json, jsonl }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "csv, json or jsonl (${COMPLETION-CANDIDATES}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only when the run finishes) instead of stdout; - is stdout.")
    Path output;
}
