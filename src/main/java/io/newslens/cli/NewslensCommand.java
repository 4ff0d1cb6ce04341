package io.newslens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: only wires the subcommands and the shared {@link Context}. */
@Command(name = "newslens",
        mixinStandardHelpOptions = true,
        versionProvider = NewslensCommand.Version.class,
        description = "Entities, quotes and sentiment in news articles, as CSV or JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed (each reported on stderr) or an internal error",
            "2:usage error"})
public final class NewslensCommand {
    /**
     * The subcommands, in the order help lists them. Not in the annotation: picocli would build
     * every one of them for every run, and a one-article run builds only its own (see {@link Main}).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(EntitiesCommand.class, QuotesCommand.class,
            SentimentCommand.class, AnalyzeCommand.class, TrainSentimentCommand.class, TrainNerCommand.class,
            ReplCommand.class, CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class);

    private final Context context;

    NewslensCommand(Context context) {
        this.context = context;
    }

    Context context() {
        return context;
    }

    /** Reads the version Maven wrote into the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/io/newslens/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"newslens " + properties.getProperty("version", "unknown")};
        }
    }
}
