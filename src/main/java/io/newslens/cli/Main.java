package io.newslens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The program entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Preloader.start(args);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // FileOutputStream, not System.out: a PrintStream hides the error of a closed pipe.
        Context context = new Context(System.in, new FileOutputStream(FileDescriptor.out), err,
                TerminalStreams.stdinIsTerminal(), TerminalStreams::stderrIsTerminal, Pipelines::standard);
        System.exit(commandLine(context).execute(args));
    }

    /** The configured command line; tests call {@code execute} on it with their own streams. */
    static CommandLine commandLine(Context context) {
        return configure(new CommandLine(new NewslensCommand(context)), context);
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
