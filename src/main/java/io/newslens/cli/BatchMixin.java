package io.newslens.cli;

import java.util.function.BooleanSupplier;
import picocli.CommandLine.Option;

/** How a run over many documents behaves. */
final class BatchMixin {
    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--fail-fast", description = "Stop at the first document that fails (default: keep going).")
    boolean failFast;

    @Option(names = "--keep-going", description = "Report failed documents and go on (the default).")
    boolean keepGoing;

    @Option(names = {"-q", "--quiet"}, description = "No summary line and no progress bar on stderr.")
    boolean quiet;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress bar on stderr: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
                    + "only when stderr is a terminal; never with --quiet).")
    ProgressMode progress;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    /** When to draw a progress bar. */
    enum ProgressMode { auto, always, never }

    /** Whether this run draws a progress bar; asks about the terminal only when it matters. */
    boolean showsProgress(BooleanSupplier stderrIsTerminal) {
        return switch (progress == null ? ProgressMode.auto : progress) {
            case never -> false;
            case always -> !quiet;
            case auto -> !quiet && stderrIsTerminal.getAsBoolean();
        };
    }

    int jobs() {
        return jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    }
}
