package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per row of the "Errors and limits" table (README-errors.md): what the user sees on
 * stderr and the exit code for hostile input and hostile surroundings.
 */
class ErrorsAndLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Iran said the United States must leave Iraq.\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        Path bad = write("bad.txt", new byte[] {'I', 'r', 'a', 'n', ' ', (byte) 0xC3, '(', '\n'});
        CliRun run = CliRun.run("entities", bad.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot read '" + bad + "': not valid UTF-8 at byte 5");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = write("utf16.txt", bytes);
        CliRun run = CliRun.run("entities", "-f", "json", file.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode iran = JSON.readTree(run.stdout()).get("entities").get(0).get("mentions").get(0);
        assertThat(iran.get("text").asText()).isEqualTo("Iran");
        assertThat(iran.get("start").asInt()).as("offset after the dropped BOM").isZero();
    }

    @Test
    void binaryFileInAFolderIsReportedAndTheOthersRead() throws IOException {
        write("news/a.txt", ARTICLE);
        Path png = write("news/logo.png", PNG);
        CliRun run = CliRun.run("entities", "--glob", "*", dir.resolve("news").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).contains("newslens: cannot read '" + png + "': not valid UTF-8 at byte 0");
        assertThat(run.stdout()).contains("a.txt,Iran,GPE");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesGiveNoRowsAndNoError() throws IOException {
        Path empty = write("empty.txt", "");
        Path blank = write("blank.txt", " \n\t\r\n  \n");
        CliRun run = CliRun.run("entities", "-q", empty.toString(), blank.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdoutLines()).containsExactly("document,name,type,count,aliases");
    }

    @Test
    void fiftyMegabyteArticleIsRefusedWithTheDefaultLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: costs no disk and no time
        }
        CliRun run = CliRun.run("entities", big.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot read '" + big
                + "': file is 52428800 bytes, over the limit of 10485760 (raise it with --max-bytes)");
    }

    @Test
    void controlCharactersAndNulAreReadAndEscapedInJson() throws IOException {
        Path file = write("ctl.txt", "Iran\u0000 said \u0007\u001b \"no\u0001\" to Iraq.\n");
        CliRun run = CliRun.run("quotes", "-f", "jsonl", "--kind", "direct,indirect,mixed,scare", file.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout().chars().filter(c -> c < 0x20 && c != '\n')).as("raw control characters").isEmpty();
        JsonNode quote = JSON.readTree(run.stdout()).get("quotes").get(0);
        assertThat(quote.get("text").asText()).isEqualTo("no\u0001");
    }

    @Test
    void rightToLeftAndEmojiOffsetsAreCodePoints() throws IOException {
        String text = "قال 😀🇮🇷 مسؤول إن Iran و 𝒳 Ali Khamenei 👍🏽 met in Tehran.\n";
        Path file = write("rtl.txt", text);
        CliRun run = CliRun.run("entities", "-f", "json", file.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        int[] codePoints = text.codePoints().toArray();
        int checked = 0;
        for (JsonNode entity : JSON.readTree(run.stdout()).get("entities")) {
            for (JsonNode m : entity.get("mentions")) {
                String bySlice = new String(codePoints, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt());
                assertThat(bySlice).as("text[start:end] as Python counts").isEqualTo(m.get("text").asText());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void unreadableFileIsReported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file: permissions cannot be tested");
        Path file = write("secret.txt", ARTICLE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        CliRun run = CliRun.run("entities", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot read '" + file + "': permission denied");
    }

    @Test
    void symlinkLoopsAreNotFollowed() throws IOException {
        write("news/a.txt", ARTICLE);
        Files.createSymbolicLink(dir.resolve("news/loop"), dir.resolve("news"));
        Files.createSymbolicLink(dir.resolve("news/x.txt"), dir.resolve("news/y.txt"));
        Files.createSymbolicLink(dir.resolve("news/y.txt"), dir.resolve("news/x.txt"));
        CliRun run = CliRun.run("entities", dir.resolve("news").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).filteredOn(l -> l.contains("a.txt,Iran")).hasSize(1);
    }

    @Test
    void deepFoldersAreWalked() throws IOException {
        Path deep = dir.resolve("news");
        for (int i = 0; i < 200; i++) {
            deep = deep.resolve("d");
        }
        write(dir.relativize(deep.resolve("a.txt")).toString(), ARTICLE);
        CliRun run = CliRun.run("entities", dir.resolve("news").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("a.txt,Iran,GPE");
    }

    @Test
    void missingFileIsReportedAndTheOthersRead() throws IOException {
        Path good = write("a.txt", ARTICLE);
        Path gone = dir.resolve("gone.txt");
        CliRun run = CliRun.run("entities", "-q", gone.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot read '" + gone + "': no such file or folder");
        assertThat(run.stdout()).contains("a.txt,Iran,GPE");
    }

    @Test
    void outputIntoAMissingFolderIsOneLineAndWritesNothing() throws IOException {
        Path input = write("a.txt", ARTICLE);
        Path out = dir.resolve("no/such/out.csv");
        CliRun run = CliRun.run("entities", "-o", out.toString(), input.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot write '" + out + "': no such folder");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void outputOntoAFolderIsRefused() throws IOException {
        Path input = write("a.txt", ARTICLE);
        Path folder = Files.createDirectory(dir.resolve("out"));
        CliRun run = CliRun.run("entities", "-o", folder.toString(), input.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly("newslens: cannot write '" + folder + "': is a folder");
        assertThat(folder).isEmptyDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void closedOutputPipeEndsQuietly() throws IOException {
        Path input = write("a.txt", ARTICLE.repeat(2000));
        CliRun run = CliRun.runWithStdout(new ClosingAfter(100), "entities", input.toString(), input.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void malformedJsonLinesNamesTheLineAndReadsTheOthers() throws IOException {
        Path file = write("in.jsonl", "{\"id\":\"one\",\"text\":\"Iran said no.\"}\n{\"id\":\"two\",\"text\":\n"
                + "{\"id\":\"three\",\"text\":\"Iraq said yes.\"}\n");
        CliRun run = CliRun.run("entities", "-q", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).hasSize(1);
        assertThat(run.stderrLines().get(0)).startsWith("newslens: cannot read '" + file + "' line 2: not valid JSON (");
        assertThat(run.stdout()).contains("one,Iran,GPE").contains("three,Iraq,GPE");
    }

    /** An output stream that fails like a pipe whose reader ({@code head}) has exited. */
    private static final class ClosingAfter extends OutputStream {
        private int left;

        ClosingAfter(int bytes) {
            left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            left -= len;
            if (left < 0) {
                throw new IOException("Broken pipe");
            }
        }
    }
}
