package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show DOC}: a document's text with what newslens found in it highlighted. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a document with its entities (and quotes) highlighted; plain when NO_COLOR is set.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DOC", description = "The document: its id, its number in docs, or part of its id.")
    String reference;

    private final Session session;

    ShowCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        PrintWriter out = session.out();
        List<Document> found = session.workspace().find(reference);
        if (found.size() != 1) {
            out.println("newslens: " + (found.isEmpty() ? "no loaded document matches '" + reference + "' (see docs)"
                    : "'" + reference + "' matches " + found.stream().map(Document::id).collect(Collectors.joining(", "))));
            return 2;
        }
        Workspace workspace = session.workspace();
        Analysis analysis = workspace.analysis(found.get(0), workspace.shownLayers());
        out.println("== " + analysis.document().id());
        if (session.colour()) {
            out.println(Highlighter.legend(analysis.has(Layer.QUOTES)).toAnsi(session.terminal()));
            out.println(Highlighter.highlight(analysis).toAnsi(session.terminal()));
        } else {
            out.println(analysis.text().stripTrailing());
        }
        return 0;
    }
}
