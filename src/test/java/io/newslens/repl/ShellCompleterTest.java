package io.newslens.repl;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.io.Document;
import io.newslens.io.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ShellCompleterTest {
    @Command(name = "newslens")
    static final class Top {
    }

    private Terminal terminal;
    private LineReader reader;
    private ShellCompleter completer;

    @BeforeEach
    void shell() throws IOException {
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, InputStream.nullInputStream(),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
        reader = LineReaderBuilder.builder().terminal(terminal).build();
        Workspace workspace = new Workspace(() -> Fixtures.analyzer(new AtomicInteger()));
        workspace.load(List.<Input>of(new Document("news/mayor.txt", Fixtures.MAYOR)).iterator());
        Session session = new Session(terminal, workspace, false, List.of("table", "csv"));
        CommandLine commands = new CommandLine(new Top());
        Shell.addCommands(commands, session);
        completer = new ShellCompleter(NullCompleter.INSTANCE, commands.getCommandSpec(), session,
                () -> Path.of(System.getProperty("user.dir")));
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    @Test
    void completesActorNamesForWho() {
        assertThat(values("who Oka")).contains("Okafor", "Reyes");
    }

    @Test
    void completesDocumentsForShowAndFormatsForFormat() {
        assertThat(values("show ")).containsExactly("news/mayor.txt");
        assertThat(values("format ")).containsExactly("table", "csv");
    }

    @Test
    void completesPathsForLoad() {
        assertThat(values("load sam")).contains("samples/");
    }

    @Test
    void leavesOptionsAndUnknownCommandsToTheCommandCompleter() {
        assertThat(values("who --he")).isEmpty();
        assertThat(values("frobnicate ")).isEmpty();
    }

    private List<String> values(String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DefaultParser().parse(line, line.length(), ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }
}
