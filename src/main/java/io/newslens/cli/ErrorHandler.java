package io.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns what escapes a command into one line on stderr and an exit code: usage errors 2,
 * everything else 1. A stack trace only with {@code --verbose}; a closed stdout (output
 * piped to {@code head}) ends the run quietly.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Context context;

    ErrorHandler(Context context) {
        this.context = context;
    }

    static int usage(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("newslens: " + e.getMessage());
        err.println("Try 'newslens " + e.getCommandLine().getCommandName() + " --help'.");
        return ExitCodes.USAGE;
    }

    /** In the shell a usage error is one line, and the hint names the command as typed there. */
    static int usageInShell(ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("newslens: " + e.getMessage() + " (try '"
                + e.getCommandLine().getCommandName() + " --help')");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (isBrokenPipe(e)) {
            return ExitCodes.OK;
        }
        PrintWriter err = context.err();
        err.println("newslens: " + describe(e));
        if (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.SOME_FAILED;
    }

    private static String describe(Exception e) {
        if (e instanceof InterruptedException) {
            return "cancelled";
        }
        if (e instanceof NoSuchFileException n) {
            return "cannot write '" + n.getFile() + "': no such folder";
        }
        if (e instanceof AccessDeniedException a) {
            return "cannot write '" + a.getFile() + "': permission denied";
        }
        String message = e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    private static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }
}
