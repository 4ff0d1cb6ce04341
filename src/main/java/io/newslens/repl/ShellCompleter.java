package io.newslens.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jline.builtins.Completers.FilesCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completes the values picocli-shell-jline3's completer leaves out: a command's parameters
 * and the value after an option, chosen by their {@code paramLabel} — {@code NAME} from the
 * actors of the loaded documents, {@code DOC} from their ids, {@code FORMAT} from the formats,
 * {@code INPUT}, {@code PATH} and {@code FILE} from the file system — else the option's own
 * completion candidates (enums). Commands added later complete the same way by their labels.
 *
 * <p>Names need the documents analysed: the first Tab on a name analyses them, once.
 */
final class ShellCompleter implements Completer {
    private final Completer commands;
    private final CommandSpec root;
    private final Session session;
    private final Completer files;

    /** @param commands completes command names and options (the system registry's completer) */
    ShellCompleter(Completer commands, CommandSpec root, Session session, Supplier<Path> workDir) {
        this.commands = commands;
        this.root = root;
        this.session = session;
        this.files = new FilesCompleter(workDir);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        commands.complete(reader, line, candidates);
        if (line.wordIndex() == 0 || line.word().startsWith("-")) {
            return;
        }
        CommandLine command = root.subcommands().get(line.words().get(0));
        ArgSpec arg = command == null ? null : argument(command.getCommandSpec(), line.words().get(line.wordIndex() - 1));
        if (arg == null) {
            return;
        }
        switch (arg.paramLabel()) {
            case "NAME" -> add(candidates, names());
            case "DOC" -> session.workspace().documents().forEach(d -> candidates.add(new Candidate(d.id())));
            case "FORMAT" -> add(candidates, session.formats());
            case "INPUT", "PATH", "FILE" -> files.complete(reader, line, candidates);
            default -> {
                if (arg.completionCandidates() != null) {
                    add(candidates, arg.completionCandidates());
                }
            }
        }
    }

    /** What the word after {@code previous} is: the value of that option, else a positional parameter. */
    private static ArgSpec argument(CommandSpec spec, String previous) {
        OptionSpec option = previous.startsWith("-") ? spec.findOption(previous) : null;
        if (option != null && option.arity().max() > 0) {
            return option;
        }
        List<? extends ArgSpec> positional = spec.positionalParameters();
        return positional.isEmpty() ? null : positional.get(positional.size() - 1);
    }

    private Iterable<String> names() {
        Workspace workspace = session.workspace();
        try {
            return ActorReport.names(workspace.analyses(workspace.shownLayers(), message -> { }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            // Not expected (failed documents go to the failure consumer), and a Tab must never break the line editor.
            return List.of();
        }
    }

    private static void add(List<Candidate> candidates, Iterable<String> values) {
        for (String value : values) {
            candidates.add(new Candidate(value));
        }
    }
}
