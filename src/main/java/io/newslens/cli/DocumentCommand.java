package io.newslens.cli;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Layer;
import io.newslens.batch.BatchRunner;
import io.newslens.batch.Progress;
import io.newslens.batch.Summary;
import io.newslens.batch.TerminalProgress;
import io.newslens.io.Document;
import io.newslens.io.DocumentReader;
import io.newslens.output.CsvReportWriter;
import io.newslens.output.CsvRows;
import io.newslens.output.JsonLinesReportWriter;
import io.newslens.output.JsonReportWriter;
import io.newslens.output.Report;
import io.newslens.output.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared run of every per-document subcommand: read inputs, analyse them in parallel for
 * the layers the subcommand needs, project each analysis to a {@link Report}, write it.
 */
abstract class DocumentCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputMixin input;

    @Mixin
    OutputMixin output;

    @Mixin
    BatchMixin batch;

    /** The layers this subcommand reads. */
    abstract Set<Layer> layers();

    /** What this subcommand shows of one analysis; null when it only collects (--corpus). Called on worker threads. */
    abstract Report project(Analysis analysis);

    /** The CSV section, or null when the subcommand has no CSV form. */
    abstract CsvRows csvRows();

    abstract OutputMixin.Format defaultFormat();

    /** Called after the last document, before the output is closed; for corpus-wide results. */
    void finish(ReportWriter writer) throws IOException {
    }

    @Override
    public Integer call() throws Exception {
        Context context = Context.of(spec);
        if (batch.jobs != null && batch.jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (input.maxBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1");
        }
        if (input.inputs.isEmpty() && context.stdinIsTerminal()) {
            spec.commandLine().usage(context.err());
            return ExitCodes.USAGE;
        }
        OutputMixin.Format format = output.format != null ? output.format : defaultFormat();
        if (format == OutputMixin.Format.csv && csvRows() == null) {
            throw new ParameterException(spec.commandLine(), "csv is not available here: use --format json or jsonl");
        }
        Analyzer analyzer = context.analyzer();
        PrintWriter err = context.err();
        Summary summary;
        DocumentReader reader = new DocumentReader(input.options(), context.stdin());
        try (OutputTarget target = OutputTarget.open(output.output, context.stdout());
                Progress progress = progress(context, reader)) {
            ReportWriter writer = writer(format, target);
            BatchRunner<Report> runner = new BatchRunner<>(batch.jobs(), batch.failFast);
            summary = runner.run(reader.iterator(),
                    document -> project(analyzer.analyze(document, layers())),
                    new BatchRunner.Sink<>() {
                        @Override
                        public void done(Document document, Report report) throws IOException {
                            if (report != null) {
                                writer.write(report);
                            }
                            progress.step();
                        }

                        @Override
                        public void failed(String source, String message) {
                            progress.report("newslens: " + message);
                            progress.step();
                        }
                    });
            finish(writer);
            writer.close();
            target.commit();
        }
        if (!batch.quiet && summary.documents() > 1) {
            err.println("newslens: " + summary.describe());
        }
        return summary.failures() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private Progress progress(Context context, DocumentReader reader) {
        if (!batch.showsProgress(context::stderrIsTerminal)) {
            return Progress.none(context.err());
        }
        boolean ascii = "dumb".equals(System.getenv("TERM"));
        return new TerminalProgress(context.err(), reader.countIfKnown(), StderrTerminal::width, ascii);
    }

    private ReportWriter writer(OutputMixin.Format format, OutputTarget target) throws IOException {
        return switch (format) {
            case csv -> new CsvReportWriter(target.writer(), csvRows());
            case json -> new JsonReportWriter(target.writer());
            case jsonl -> new JsonLinesReportWriter(target.writer());
        };
    }
}
