package io.newslens.repl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.console.impl.SystemRegistryImpl;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.shell.jline3.PicocliCommands;

/**
 * The read-eval-print loop: a JLine line reader over the picocli commands of newslens plus
 * the shell's own ({@link #addCommands}), so every command parses exactly as on the command
 * line. History is kept in a file across sessions.
 *
 * <p>Lifecycle: Ctrl-C at the prompt drops the line; Ctrl-C while a command runs interrupts
 * the shell's thread, which cancels the command (a batch run stops waiting for its workers)
 * and returns to the prompt; Ctrl-D or {@code exit} ends the loop. A failing line prints one
 * line and the loop goes on.
 */
public final class Shell {
    private static final String PROMPT = "newslens> ";

    private final Session session;
    private final CommandLine commands;
    private final Path history;

    /**
     * @param commands the command line whose subcommands the shell runs, with {@link #addCommands} applied
     * @param history  the history file; created when missing
     */
    public Shell(Session session, CommandLine commands, Path history) {
        this.session = session;
        this.commands = commands;
        this.history = history;
    }

    /**
     * Adds the shell's own commands ({@code load}, {@code docs}, {@code show}, {@code who},
     * {@code format}, {@code help}) to {@code commands}, and makes the session's format the
     * default of every {@code --format} option.
     */
    public static void addCommands(CommandLine commands, Session session) {
        commands.addSubcommand(new LoadCommand(session));
        commands.addSubcommand(new DocsCommand(session));
        commands.addSubcommand(new ShowCommand(session));
        commands.addSubcommand(new WhoCommand(session));
        commands.addSubcommand(new FormatCommand(session));
        commands.addSubcommand(new HelpCommand(session));
        commands.setDefaultValueProvider(arg -> arg instanceof OptionSpec option
                && option.longestName().equals("--format") ? session.format() : null);
    }

    /**
     * Loads {@code inputs} (when there are any), then reads and runs lines until Ctrl-D or
     * {@code exit}; returns the exit code of the shell, 0.
     */
    public int run(List<String> inputs) {
        Terminal terminal = session.terminal();
        Supplier<Path> workDir = () -> Path.of(System.getProperty("user.dir"));
        DefaultParser parser = new DefaultParser();
        SystemRegistryImpl registry = new SystemRegistryImpl(parser, terminal, workDir, null);
        registry.setCommandRegistries(new PicocliCommands(commands));
        LineReader reader = reader(parser, new ShellCompleter(registry.completer(), commands.getCommandSpec(), session,
                workDir));
        Thread shell = Thread.currentThread();
        Terminal.SignalHandler previous = terminal.handle(Signal.INT, signal -> shell.interrupt());
        PrintWriter out = session.out();
        out.println("newslens repl: load PATH..., then docs, who NAME, entities, show DOC; help lists all; Ctrl-D quits.");
        if (!inputs.isEmpty()) {
            List<String> load = new ArrayList<>(List.of("load"));
            load.addAll(inputs);
            commands.execute(load.toArray(String[]::new));
        }
        try {
            while (true) {
                try {
                    registry.cleanUp();
                    registry.execute(reader.readLine(PROMPT));
                } catch (UserInterruptException e) {
                    // Ctrl-C at the prompt: the line is dropped, the shell goes on.
                } catch (EndOfFileException e) {
                    return 0;
                } catch (Exception e) {
                    out.println("newslens: " + describe(e));
                } finally {
                    // A Ctrl-C that arrives as a command ends must not cancel the next one.
                    Thread.interrupted();
                    out.flush();
                }
            }
        } finally {
            terminal.handle(Signal.INT, previous);
            registry.close();
        }
    }

    private LineReader reader(DefaultParser parser, Completer completer) {
        return LineReaderBuilder.builder()
                .appName("newslens")
                .terminal(session.terminal())
                .parser(parser)
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.LIST_MAX, 50)
                .build();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message != null && message.startsWith("Unknown command:")) {
            return "unknown command '" + message.substring("Unknown command:".length()).trim() + "': try help";
        }
        return message != null ? message : e.getClass().getSimpleName();
    }
}
