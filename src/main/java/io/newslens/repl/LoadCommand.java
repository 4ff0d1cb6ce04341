package io.newslens.repl;

import io.newslens.io.DocumentReader;
import io.newslens.io.InputOptions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load PATH...}: adds documents to the session; they are analysed when first needed. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load files or folders (recursive) into the session; analysed when first needed.")
final class LoadCommand implements Callable<Integer> {
    /** The same limit as the command line's --max-bytes default. */
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or globs.")
    List<String> paths;

    @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*.{txt,jsonl}",
            description = "In folders, read only files whose name matches (default: ${DEFAULT-VALUE}).")
    String glob;

    private final Session session;

    LoadCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        Workspace workspace = session.workspace();
        InputOptions options = new InputOptions(paths, glob, StandardCharsets.UTF_8, false, MAX_BYTES);
        Workspace.Loaded loaded = workspace.load(new DocumentReader(options, InputStream.nullInputStream()).iterator());
        PrintWriter out = session.out();
        loaded.problems().forEach(p -> out.println("newslens: " + p.describe()));
        out.println("loaded " + plural(loaded.documents(), "document") + ", "
                + workspace.documents().size() + " in the session");
        return loaded.problems().isEmpty() ? 0 : 1;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
