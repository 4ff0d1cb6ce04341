package io.newslens.repl;

import io.newslens.analysis.Analysis;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code who NAME}: one actor across the loaded documents. */
@Command(name = "who", mixinStandardHelpOptions = true,
        description = "Everything about one actor across the loaded documents: mentions, names, quotes, sentiment.")
final class WhoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", arity = "1..*", description = "A name or alias (Tab completes); several words need no quotes.")
    List<String> words;

    private final Session session;

    WhoCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = session.out();
        Workspace workspace = session.workspace();
        if (workspace.documents().isEmpty()) {
            out.println("newslens: no documents loaded: load PATH... first");
            return 2;
        }
        String name = String.join(" ", words);
        List<Analysis> analyses = workspace.analyses(workspace.shownLayers(), m -> out.println("newslens: " + m));
        List<ActorReport> actors = ActorReport.find(name, analyses);
        if (actors.isEmpty()) {
            out.println("newslens: no one called '" + name + "' in the loaded documents");
            return 1;
        }
        actors.forEach(actor -> actor.write(out));
        return 0;
    }
}
