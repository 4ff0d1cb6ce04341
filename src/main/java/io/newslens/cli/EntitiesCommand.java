package io.newslens.cli;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.entities.CorpusEntities;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.output.CsvRows;
import io.newslens.output.Report;
import io.newslens.output.ReportWriter;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newslens entities}: who and what is mentioned, and how often. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List the people, organisations and places each document mentions, with counts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed", "2:usage error"})
final class EntitiesCommand extends DocumentCommand {
    @Option(names = "--top", paramLabel = "N", description = "Only the N most-mentioned entities.")
    Integer top;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only these types: ${COMPLETION-CANDIDATES}.")
    Set<EntityType> types;

    @Option(names = "--corpus", description = "Merge entities across all documents into one list.")
    boolean corpus;

    private final CorpusEntities corpusEntities = new CorpusEntities();

    @Override
    Set<Layer> layers() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    Report project(Analysis analysis) {
        if (corpus) {
            corpusEntities.add(analysis.entities());
            return null;
        }
        return new Report(analysis.document().id(), analysis.text(), select(analysis.entities()), null, null, null);
    }

    @Override
    void finish(ReportWriter writer) throws IOException {
        if (corpus) {
            writer.write(new Report("corpus", "", select(corpusEntities.entities()), null, null, null));
        }
    }

    private List<Entity> select(List<Entity> entities) {
        return entities.stream()
                .filter(e -> types == null || types.contains(e.type()))
                .limit(top == null ? Long.MAX_VALUE : Math.max(0, top))
                .toList();
    }

    @Override
    CsvRows csvRows() {
        return CsvRows.ENTITIES;
    }

    @Override
    OutputMixin.Format defaultFormat() {
        return OutputMixin.Format.csv;
    }
}
