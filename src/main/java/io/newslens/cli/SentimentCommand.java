package io.newslens.cli;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.output.CsvRows;
import io.newslens.output.Report;
import io.newslens.sentiment.ActorSentiment;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens sentiment}: how each actor is portrayed and what it expresses; for JSON
 * Lines input with {@code targets}, one label per target.
 */
@Command(name = "sentiment", mixinStandardHelpOptions = true,
        description = {"Per actor: the sentiment toward it (how the text treats it) and expressed by it "
                + "(the tone of its quotes).",
            "JSON Lines input with \"targets\" gives one label per target instead (CSV: document,id,label,score)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed", "2:usage error"})
final class SentimentCommand extends DocumentCommand {
    @Option(names = "--actor", paramLabel = "NAME",
            description = "Only this actor (its name or any alias; case-insensitive; repeatable).")
    List<String> actors;

    @Override
    Set<Layer> layers() {
        return targetsMode() ? Set.of(Layer.TARGETS) : Set.of(Layer.SENTIMENT);
    }

    @Override
    Report project(Analysis analysis) {
        if (targetsMode()) {
            return new Report(analysis.document().id(), analysis.text(), null, null, null, analysis.targets());
        }
        List<ActorSentiment> shown = analysis.sentiment().stream().filter(a -> isWanted(a, analysis)).toList();
        return new Report(analysis.document().id(), analysis.text(), null, null, shown, null);
    }

    private boolean isWanted(ActorSentiment actor, Analysis analysis) {
        if (actors == null) {
            return true;
        }
        return analysis.entities().stream()
                .filter(e -> e.name().equals(actor.actor()))
                .anyMatch(e -> actors.stream().anyMatch(e::matches));
    }

    /** Labels per target when the input is JSON Lines: the format that carries targets. */
    private boolean targetsMode() {
        return input.inputFormat == InputMixin.InputFormat.jsonl
                || !input.inputs.isEmpty() && input.inputs.stream().allMatch(p -> p.endsWith(".jsonl"));
    }

    @Override
    CsvRows csvRows() {
        return targetsMode() ? CsvRows.TARGETS : CsvRows.SENTIMENT;
    }

    @Override
    OutputMixin.Format defaultFormat() {
        return OutputMixin.Format.csv;
    }
}
