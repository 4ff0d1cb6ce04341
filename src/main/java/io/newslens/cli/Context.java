package io.newslens.cli;

import io.newslens.analysis.Analyzer;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What commands run against: the standard streams and the one {@link Analyzer} of this
 * process (or REPL session), so models are loaded once however many commands run.
 */
final class Context {
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintWriter err;
    private final boolean stdinIsTerminal;
    private final BooleanSupplier stderrIsTerminal;
    private final Supplier<Analyzer> analyzer;
    private Analyzer loaded;

    /** A context whose stderr is not a terminal (tests, embedding). */
    Context(InputStream stdin, OutputStream stdout, PrintWriter err, boolean stdinIsTerminal,
            Supplier<Analyzer> analyzer) {
        this(stdin, stdout, err, stdinIsTerminal, () -> false, analyzer);
    }

    /** @param stderrIsTerminal asked only when a command may draw progress, since asking can cost */
    Context(InputStream stdin, OutputStream stdout, PrintWriter err, boolean stdinIsTerminal,
            BooleanSupplier stderrIsTerminal, Supplier<Analyzer> analyzer) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.analyzer = analyzer;
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

    synchronized Analyzer analyzer() {
        if (loaded == null) {
            loaded = analyzer.get();
        }
        return loaded;
    }
}
