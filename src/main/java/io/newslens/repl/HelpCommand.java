package io.newslens.repl;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code help [COMMAND]}: the shell's commands with one line each, or one command's usage.
 * Why not picocli's HelpCommand: its overview is the usage of {@code newslens} itself, which
 * in the shell would show a program name nobody types.
 */
@Command(name = "help", description = "List the commands, or show how to use one.")
final class HelpCommand implements Callable<Integer> {
    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command to explain.")
    String command;

    @Spec
    CommandSpec spec;

    private final Session session;

    HelpCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        PrintWriter out = session.out();
        Map<String, CommandLine> commands = spec.root().subcommands();
        if (command != null) {
            CommandLine sub = commands.get(command);
            if (sub == null) {
                out.println("newslens: unknown command '" + command + "': try help");
                return 2;
            }
            sub.usage(out);
            return 0;
        }
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        commands.forEach((name, sub) -> {
            String[] description = sub.getCommandSpec().usageMessage().description();
            out.println("  " + name + " ".repeat(width - name.length() + 2) + (description.length > 0 ? description[0] : ""));
        });
        out.println("  exit" + " ".repeat(width - 2) + "Leave the shell (or Ctrl-D).");
        out.println("Commands run on the loaded documents when given no INPUT. Tab completes commands, options,");
        out.println("paths and names; 'help COMMAND' shows its options; Ctrl-C cancels a running command.");
        return 0;
    }
}
