package io.newslens.repl;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code format [FORMAT]}: the output format of commands run without {@code --format}. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Show or set the output format of commands given no --format (table at start).")
final class FormatCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FORMAT", arity = "0..1", description = "One of the values of --format (Tab completes).")
    String format;

    private final Session session;

    FormatCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        if (format != null) {
            if (!session.formats().contains(format)) {
                session.out().println("newslens: unknown format '" + format + "': use one of "
                        + String.join(", ", session.formats()));
                return 2;
            }
            session.format(format);
        }
        session.out().println("format " + session.format());
        return 0;
    }
}
