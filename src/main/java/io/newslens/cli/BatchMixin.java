package io.newslens.cli;

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

    @Option(names = {"-q", "--quiet"}, description = "No summary line on stderr.")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    int jobs() {
        return jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
    }
}
