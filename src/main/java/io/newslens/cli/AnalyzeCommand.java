package io.newslens.cli;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.output.CsvRows;
import io.newslens.output.Report;
import java.util.Set;
import picocli.CommandLine.Command;

/** {@code newslens analyze}: every stage that has landed, one JSON object per document. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Run every stage (entities, quotes, sentiment) and write one JSON object per document.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed", "2:usage error"})
final class AnalyzeCommand extends DocumentCommand {
    @Override
    Set<Layer> layers() {
        return Set.of(Layer.ENTITIES, Layer.QUOTES, Layer.SENTIMENT, Layer.TARGETS);
    }

    @Override
    Report project(Analysis analysis) {
        return new Report(analysis.document().id(), analysis.text(), analysis.entities(), analysis.quotes(),
                analysis.sentiment(), analysis.document().targets().isEmpty() ? null : analysis.targets());
    }

    @Override
    CsvRows csvRows() {
        return null;
    }

    @Override
    OutputMixin.Format defaultFormat() {
        return OutputMixin.Format.jsonl;
    }
}
