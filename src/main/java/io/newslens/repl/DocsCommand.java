package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.output.TextTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code docs}: the loaded documents with their sizes, numbered for {@code show}. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "List the loaded documents with counts of tokens, entities and quotes.")
final class DocsCommand implements Callable<Integer> {
    private final Session session;

    DocsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = session.out();
        Workspace workspace = session.workspace();
        if (workspace.documents().isEmpty()) {
            out.println("no documents loaded: load PATH...");
            return 0;
        }
        Set<Layer> layers = workspace.shownLayers();
        boolean quotes = layers.contains(Layer.QUOTES);
        List<String> header = new ArrayList<>(List.of("#", "document", "tokens", "entities"));
        if (quotes) {
            header.add("quotes");
        }
        TextTable table = new TextTable(header);
        Map<String, Integer> numbers = new HashMap<>();
        workspace.documents().forEach(d -> numbers.put(d.id(), numbers.size() + 1));
        for (Analysis analysis : workspace.analyses(layers, m -> out.println("newslens: " + m))) {
            String id = analysis.document().id();
            List<Object> row = new ArrayList<>(List.of(numbers.get(id), id, analysis.tokens().size(),
                    analysis.entities().size()));
            if (quotes) {
                row.add(analysis.quotes().size());
            }
            table.add(row);
        }
        table.write(out);
        return 0;
    }
}
