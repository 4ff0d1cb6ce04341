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
import io.newslens.io.Input;
import io.newslens.output.CsvReportWriter;
import io.newslens.output.CsvRows;
import io.newslens.output.JsonLinesReportWriter;
import io.newslens.output.JsonReportWriter;
import io.newslens.output.Report;
import io.newslens.output.ReportWriter;
import io.newslens.output.TableReportWriter;
import io.newslens.repl.Workspace;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The shared run of every per-document subcommand: read inputs, analyse them in parallel for
 * the layers the subcommand needs, project each analysis to a {@link Report}, write it.
 * In the REPL, a run without INPUT takes the loaded documents and their cached analyses.
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
        Workspace loaded = input.inputs.isEmpty() ? context.workspace() : null;
        if (loaded != null && loaded.documents().isEmpty()) {
            context.err().println("newslens: no documents loaded: load PATH... first, or give INPUT");
            return ExitCodes.USAGE;
        }
        if (loaded == null && input.inputs.isEmpty() && context.stdinIsTerminal()) {
            spec.commandLine().usage(context.err());
            return ExitCodes.USAGE;
        }
        OutputMixin.Format format = format();
        Iterator<Input> inputs;
        Function<Document, Analysis> analyse;
        long total;
        if (loaded != null) {
            inputs = loaded.inputs();
            analyse = document -> loaded.analysis(document, layers());
            total = loaded.documents().size();
        } else {
            Analyzer analyzer = context.analyzer();
            DocumentReader reader = new DocumentReader(input.options(), context.stdin());
            inputs = reader.iterator();
            analyse = document -> analyzer.analyze(document, layers());
            total = reader.countIfKnown();
        }
        Summary summary = run(context, format, inputs, analyse, total);
        if (!batch.quiet && loaded == null && summary.documents() > 1) {
            context.err().println("newslens: " + summary.describe());
        }
        return summary.failures() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** @param total the number of documents for the progress bar, -1 when not known in advance */
    private Summary run(Context context, OutputMixin.Format format, Iterator<Input> inputs,
            Function<Document, Analysis> analyse, long total) throws Exception {
        try (OutputTarget target = OutputTarget.open(output.output, context.stdout());
                Progress progress = progress(context, total)) {
            ReportWriter writer = writer(format, target);
            BatchRunner<Report> runner = new BatchRunner<>(batch.jobs(), batch.failFast);
            Summary summary = runner.run(inputs, document -> project(analyse.apply(document)),
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
            return summary;
        }
    }

    private Progress progress(Context context, long total) {
        if (!batch.showsProgress(context::stderrIsTerminal)) {
            return Progress.none(context.err());
        }
        boolean ascii = "dumb".equals(System.getenv("TERM"));
        return new TerminalProgress(context.err(), total, TerminalStreams::stderrWidth, ascii);
    }

    /**
     * The --format typed, else the default: the REPL's session format (a picocli default
     * value) when this command can write it, else the command's own.
     */
    private OutputMixin.Format format() {
        OutputMixin.Format format = output.format != null ? output.format : defaultFormat();
        boolean rows = format == OutputMixin.Format.csv || format == OutputMixin.Format.table;
        if (!rows || csvRows() != null) {
            return format;
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw new ParameterException(spec.commandLine(), format + " is not available here: use --format json or jsonl");
        }
        return defaultFormat();
    }

    private ReportWriter writer(OutputMixin.Format format, OutputTarget target) throws IOException {
        return switch (format) {
            case csv -> new CsvReportWriter(target.writer(), csvRows());
            case json -> new JsonReportWriter(target.writer());
            case jsonl -> new JsonLinesReportWriter(target.writer());
            case table -> new TableReportWriter(target.writer(), csvRows());
        };
    }
}
