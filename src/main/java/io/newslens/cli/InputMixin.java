package io.newslens.cli;

import io.newslens.io.InputOptions;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options that say where documents come from and how to read them. */
final class InputMixin {
    /** 10 MiB: far above any news article, far below what would exhaust the default heap. */
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, folders (recursive), globs, or - for stdin (the default).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*.{txt,jsonl}",
            description = "In folders, read only files whose name matches (default: ${DEFAULT-VALUE}; '*' for all).")
    String glob;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "Encoding of files without a byte-order mark (default: ${DEFAULT-VALUE}).")
    Charset encoding;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "text or jsonl; auto reads files ending in .jsonl as JSON Lines (default: ${DEFAULT-VALUE}).")
    InputFormat inputFormat;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DEFAULT_MAX_BYTES,
            description = "Refuse larger inputs (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    enum InputFormat { auto, text, jsonl }

    InputOptions options() {
        return new InputOptions(inputs, glob, encoding, inputFormat == InputFormat.jsonl, maxBytes);
    }
}
