package io.newslens.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: only wires the subcommands and the shared {@link Context}. */
@Command(name = "newslens",
        mixinStandardHelpOptions = true,
        versionProvider = NewslensCommand.Version.class,
        description = "Entities, quotes and sentiment in news articles, as CSV or JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents done", "1:some documents failed (each reported on stderr) or an internal error",
            "2:usage error"},
        subcommands = {EntitiesCommand.class, QuotesCommand.class, SentimentCommand.class, AnalyzeCommand.class,
            TrainSentimentCommand.class, TrainNerCommand.class, ReplCommand.class,
            CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
public final class NewslensCommand {
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
