package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code newslens repl} through a real JLine (dumb) terminal on piped input, as a script would. */
class ReplCommandTest {
    @TempDir
    Path home;

    @BeforeEach
    void historyInTemporaryFolder() {
        System.setProperty("newslens.history", home.resolve("history").toString());
    }

    @AfterEach
    void clearHistoryProperty() {
        System.clearProperty("newslens.history");
    }

    @Test
    void loadsListsAndAnswersQuestionsOnTheLoadedDocuments() throws IOException {
        String out = repl("load samples/", "docs", "who Okafor", "entities --top 3", "exit");
        assertThat(out).contains("loaded 6 documents, 6 in the session");
        assertThat(out).containsPattern("3 +samples/interview-mayor\\.txt +\\d+ +\\d+");
        assertThat(out).contains("Teresa Okafor (PERSON): 8 mentions in 1 document", "also called: Okafor, Teresa Okafor");
        assertThat(out).contains("#  document  ", "  entities  quotes\n", "  quotes: ",
                "samples/interview-mayor.txt  \u201cThe first thing I learned is that every pothole has a constituency,\u201d",
                "  sentiment:\n    samples/interview-mayor.txt  portrayed ");
        assertThat(out).containsPattern("samples/interview-mayor\\.txt +Teresa Okafor +PERSON +8 +Okafor\\|Teresa Okafor");
        assertThat(out).containsPattern("document +name +type +count +aliases\n-+ +-+");
    }

    @Test
    void aBadLinePrintsOneLineAndTheShellGoesOn() throws IOException {
        String out = repl("frobnicate", "entities --bogus", "docs", "load samples/interview-mayor.txt", "docs");
        assertThat(out).contains("newslens: unknown command 'frobnicate': try help\n");
        assertThat(out).contains("newslens: Unknown option: '--bogus' (try 'entities --help')\n");
        assertThat(out).contains("no documents loaded: load PATH...");
        assertThat(out).containsPattern("1 +samples/interview-mayor\\.txt");
    }

    @Test
    void formatChangesTheDefaultOfEveryCommandThatCanWriteIt() throws IOException {
        String out = repl("format csv", "entities --top 1", "format table", "analyze", "entities --top 1 --format jsonl");
        assertThat(out).contains("format csv\n", "document,name,type,count,aliases\r\n"
                + "samples/interview-mayor.txt,Teresa Okafor,PERSON,8,Okafor|Teresa Okafor\r\n");
        assertThat(out).contains("{\"document\":\"samples/interview-mayor.txt\",\"entities\":[{\"name\":\"Teresa Okafor\"");
    }

    @Test
    void inputsGivenToReplAreLoadedAtStartAndHistoryIsKept() throws IOException {
        String out = repl("who reyes", "show 1");
        assertThat(out).contains("Daniel Reyes (PERSON)");
        assertThat(out).contains("== samples/interview-mayor.txt\nMayor Teresa Okafor on buses");
        assertThat(out).doesNotContain("\u001b[");
        assertThat(Files.readString(home.resolve("history"))).contains(":who reyes\n").contains(":show 1\n");
    }

    @Test
    void helpListsTheShellsCommandsAndTheSubcommands() throws IOException {
        String out = repl("help", "help who");
        assertThat(out).contains("  entities ", "  load ", "  docs ", "  show ", "  who ", "  format ", "  exit ");
        assertThat(out).doesNotContain("  repl ", "generate-completion");
        assertThat(out).contains("NAME...");
    }

    /** Runs the shell with {@code lines} on stdin (with samples/interview-mayor.txt loaded for most tests). */
    private static String repl(String... lines) throws IOException {
        String script = String.join("\n", lines) + "\n";
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Context context = new Context(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), stdout,
                new PrintWriter(err, true), false, Pipelines::standard);
        boolean preload = !lines[0].startsWith("load") && !lines[0].equals("frobnicate") && !lines[0].equals("help");
        int code = preload
                ? Main.commandLine(context).execute("repl", "samples/interview-mayor.txt")
                : Main.commandLine(context).execute("repl");
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        return stdout.toString(StandardCharsets.UTF_8);
    }
}
