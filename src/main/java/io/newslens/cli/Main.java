package io.newslens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The program entry point: the only place that calls {@code System.exit}. */
public final class Main {
    /** Subcommands that describe the others: {@code help quotes}, {@code generate-completion}. */
    private static final Set<Class<?>> READ_SIBLINGS = Set.of(CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class);

    private Main() {
    }

    public static void main(String[] args) {
        Preloader.start(args);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // FileOutputStream, not System.out: a PrintStream hides the error of a closed pipe.
        Context context = new Context(System.in, new FileOutputStream(FileDescriptor.out), err,
                TerminalStreams.stdinIsTerminal(), TerminalStreams::stderrIsTerminal, Pipelines::standard);
        System.exit(commandLineFor(context, args).execute(args));
    }

    /** The configured command line with every subcommand; tests call {@code execute} on it with their own streams. */
    static CommandLine commandLine(Context context) {
        return commandLine(context, NewslensCommand.SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: with only the subcommand they start with, when they
     * start with one that does not read its siblings, else (help, completion, a typo, no
     * subcommand) with all. Why: picocli reflects over every option of every subcommand it is
     * given, which cost a one-article run about 70 ms of CPU for subcommands it does not run.
     */
    static CommandLine commandLineFor(Context context, String[] args) {
        List<Class<?>> named = args.length == 0 ? List.of() : NewslensCommand.SUBCOMMANDS.stream()
                .filter(command -> !READ_SIBLINGS.contains(command))
                .filter(command -> command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        return commandLine(context, named.isEmpty() ? NewslensCommand.SUBCOMMANDS : named);
    }

    private static CommandLine commandLine(Context context, List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new NewslensCommand(context));
        subcommands.forEach(cli::addSubcommand);
        return configure(cli, context);
    }

    /** Applies the streams and handlers of {@code context} to {@code cli} and every subcommand it has now. */
    static CommandLine configure(CommandLine cli, Context context) {
        cli.setErr(context.err());
        cli.setOut(new PrintWriter(context.stdout(), true, StandardCharsets.UTF_8));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorHandler(context));
        cli.setParameterExceptionHandler(ErrorHandler::usage);
        return cli;
    }
}
