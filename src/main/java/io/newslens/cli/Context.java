package io.newslens.cli;

import io.newslens.analysis.Analyzer;
import io.newslens.repl.Workspace;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What commands run against: the standard streams and the one {@link Analyzer} of this
 * process (or REPL session), so models are loaded once however many commands run. In the
 * REPL it also holds the session's {@link Workspace}: the loaded documents and their analyses.
 */
final class Context {
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;
    private final boolean stdinIsTerminal;
    private final BooleanSupplier stderrIsTerminal;
    private final Supplier<Analyzer> analyzer;
    private final Workspace workspace;
    private Analyzer loaded;

    /** A context whose stderr is not a terminal (tests, embedding). */
    Context(InputStream stdin, OutputStream stdout, PrintWriter err, boolean stdinIsTerminal,
            Supplier<Analyzer> analyzer) {
        this(stdin, stdout, err, stdinIsTerminal, () -> false, analyzer, null);
    }

    /** @param stderrIsTerminal asked only when a command may draw progress, since asking can cost */
    Context(InputStream stdin, OutputStream stdout, PrintWriter err, boolean stdinIsTerminal,
            BooleanSupplier stderrIsTerminal, Supplier<Analyzer> analyzer) {
        this(stdin, stdout, err, stdinIsTerminal, stderrIsTerminal, analyzer, null);
    }

    private Context(InputStream stdin, OutputStream stdout, PrintWriter err, boolean stdinIsTerminal,
            BooleanSupplier stderrIsTerminal, Supplier<Analyzer> analyzer, Workspace workspace) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.analyzer = analyzer;
        this.workspace = workspace;
    }

    /**
     * The context of commands typed in the REPL: they write to the terminal, read the
     * workspace's documents when given no INPUT, and share this context's analyzer. Their
     * stdin is empty, because the terminal's input belongs to the line editor.
     */
    Context interactive(OutputStream terminalOut, PrintWriter terminalErr, Workspace documents) {
        // No automatic progress bar in the REPL: its carriage returns would fight the line editor
        // (--progress always still draws one).
        return new Context(InputStream.nullInputStream(), terminalOut, terminalErr, true, () -> false,
                this::analyzer, documents);
    }

    /** The context of the command line that {@code spec} belongs to. */
    static Context of(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        return ((NewslensCommand) root.userObject()).context();
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    PrintWriter err() {
        return err;
    }

    boolean stdinIsTerminal() {
        return stdinIsTerminal;
    }

    boolean stderrIsTerminal() {
        return stderrIsTerminal.getAsBoolean();
    }

    /** The REPL session's documents; null outside the REPL. */
    Workspace workspace() {
        return workspace;
    }

    synchronized Analyzer analyzer() {
        if (loaded == null) {
            loaded = analyzer.get();
        }
        return loaded;
    }
}
