package io.newslens.cli;

import io.newslens.repl.Session;
import io.newslens.repl.Shell;
import io.newslens.repl.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newslens repl}: an interactive shell over the same subcommands, on documents loaded
 * once and analysed once. With stdin not a terminal it reads commands from stdin, one a line
 * (a script), through the same shell.
 */
@Command(name = "repl", mixinStandardHelpOptions = true,
        description = {"Explore articles interactively: load them once, then ask (docs, who NAME, show DOC, entities...).",
            "History is kept in ~/.newslens_history (or $NEWSLENS_HISTORY)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the shell ended", "2:usage error"})
final class ReplCommand implements Callable<Integer> {
    /** Commands that make no sense inside the shell: another shell, and the shell's own help replaces picocli's. */
    private static final List<String> OUTSIDE_ONLY = List.of("repl", "help", "generate-completion");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or globs to load at start.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Context context = Context.of(spec);
        if (context.workspace() != null) {
            context.err().println("newslens: already in the shell");
            return ExitCodes.USAGE;
        }
        try (Terminal terminal = terminal(context)) {
            Session session = new Session(terminal, new Workspace(context::analyzer),
                    Session.colourFor(terminal, System.getenv()), formats());
            Context shellContext = context.interactive(terminal.output(), terminal.writer(), session.workspace());
            CommandLine commands = new CommandLine(new NewslensCommand(shellContext));
            NewslensCommand.SUBCOMMANDS.forEach(commands::addSubcommand);
            OUTSIDE_ONLY.forEach(commands.getCommandSpec()::removeSubcommand);
            Shell.addCommands(commands, session);
            Main.configure(commands, shellContext);
            commands.setParameterExceptionHandler(ErrorHandler::usageInShell);
            return new Shell(session, commands, historyFile()).run(inputs);
        }
    }

    /** The session's formats, the REPL's default (table) first. */
    private static List<String> formats() {
        List<String> formats = new ArrayList<>(List.of(OutputMixin.Format.table.name()));
        Arrays.stream(OutputMixin.Format.values()).map(Enum::name).filter(f -> !formats.contains(f)).forEach(formats::add);
        return formats;
    }

    /**
     * The user's terminal when both stdin and stdout are one; else (a script on stdin, or the
     * session's output going to a file) a dumb terminal over the standard streams.
     */
    private static Terminal terminal(Context context) throws IOException {
        if (context.stdinIsTerminal() && TerminalStreams.stdoutIsTerminal()) {
            return TerminalBuilder.builder().name("newslens").system(true).build();
        }
        return new DumbTerminal("newslens", Terminal.TYPE_DUMB, context.stdin(), context.stdout(), StandardCharsets.UTF_8);
    }

    /** The {@code newslens.history} system property, else $NEWSLENS_HISTORY, else ~/.newslens_history. */
    static Path historyFile() {
        String property = System.getProperty("newslens.history");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String environment = System.getenv("NEWSLENS_HISTORY");
        if (environment != null && !environment.isBlank()) {
            return Path.of(environment);
        }
        return Path.of(System.getProperty("user.home"), ".newslens_history");
    }
}
