package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    private static final long MAX = 1 << 20;

    @TempDir
    Path dir;

    private static List<Input> read(InputOptions options, InputStream stdin) {
        List<Input> out = new ArrayList<>();
        Iterator<Input> it = new DocumentReader(options, stdin).iterator();
        it.forEachRemaining(out::add);
        return out;
    }

    private static List<Input> read(List<String> paths, String glob, long maxBytes) {
        return read(new InputOptions(paths, glob, StandardCharsets.UTF_8, false, maxBytes),
                new ByteArrayInputStream(new byte[0]));
    }

    private static List<Input> read(String... paths) {
        return read(List.of(paths), null, MAX);
    }

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static List<String> sources(List<Input> inputs) {
        return inputs.stream().map(Input::source).toList();
    }

    @Test
    void walksFoldersRecursivelyInSortedOrder() throws IOException {
        write("b.txt", "B");
        write("a/z.txt", "AZ");
        write("a/b/c.txt", "ABC");
        write("c.txt", "C");
        List<Input> inputs = read(dir.toString());
        assertThat(inputs).allMatch(Document.class::isInstance);
        assertThat(sources(inputs)).containsExactly(
                dir.resolve("a/b/c.txt").toString(), dir.resolve("a/z.txt").toString(),
                dir.resolve("b.txt").toString(), dir.resolve("c.txt").toString());
        assertThat(((Document) inputs.get(0)).text()).isEqualTo("ABC");
    }

    @Test
    void globFiltersFilesInFolders() throws IOException {
        write("a.txt", "A");
        write("notes.md", "M");
        write("sub/b.txt", "B");
        List<Input> inputs = read(List.of(dir.toString()), "*.txt", MAX);
        assertThat(sources(inputs)).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("sub/b.txt").toString());
    }

    @Test
    void hiddenFilesAreSkipped() throws IOException {
        write(".hidden.txt", "H");
        write("visible.txt", "V");
        assertThat(sources(read(dir.toString()))).containsExactly(dir.resolve("visible.txt").toString());
    }

    @Test
    void missingFileIsAProblem() {
        String missing = dir.resolve("nope.txt").toString();
        List<Input> inputs = read(missing);
        assertThat(inputs).singleElement().isEqualTo(new Problem(missing, 0, "no such file or folder"));
        assertThat(((Problem) inputs.get(0)).describe()).isEqualTo("cannot read '" + missing + "': no such file or folder");
    }

    @Test
    void invalidUtf8FileIsAProblemAndOtherFilesAreStillRead() throws IOException {
        write("a.txt", "Good one.");
        write("b.txt", new byte[] {'o', 'k', ' ', (byte) 0xFF, 'x'});
        write("c.txt", "Good two.");
        List<Input> inputs = read(dir.toString());
        assertThat(inputs).hasSize(3);
        assertThat(inputs.get(0)).isEqualTo(new Document(dir.resolve("a.txt").toString(), "Good one."));
        assertThat(inputs.get(1)).isEqualTo(new Problem(dir.resolve("b.txt").toString(), 0, "not valid UTF-8 at byte 3"));
        assertThat(inputs.get(2)).isEqualTo(new Document(dir.resolve("c.txt").toString(), "Good two."));
    }

    @Test
    void emptyFileIsADocumentWithEmptyText() throws IOException {
        Path empty = write("empty.txt", "");
        assertThat(read(empty.toString())).containsExactly(new Document(empty.toString(), ""));
    }

    @Test
    void jsonLinesFileGivesOneDocumentPerLineAndSkipsBlankLines() throws IOException {
        Path file = write("in.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\r\n\n{\"text\": \"Two.\"}\n");
        List<Input> inputs = read(file.toString());
        assertThat(inputs).containsExactly(new Document("a", "One."), new Document(file + ":3", "Two."));
    }

    @Test
    void badJsonLineIsAProblemWithItsLineNumber() throws IOException {
        Path file = write("in.jsonl", "{\"text\": \"One.\"}\n{oops\n{\"text\": \"Three.\"}\n");
        List<Input> inputs = read(file.toString());
        assertThat(inputs).hasSize(3);
        assertThat(inputs.get(0)).isInstanceOf(Document.class);
        assertThat(inputs.get(1)).isInstanceOf(Problem.class);
        Problem problem = (Problem) inputs.get(1);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.describe()).startsWith("cannot read '" + file + "' line 2: not valid JSON");
        assertThat(inputs.get(2)).isEqualTo(new Document(file + ":3", "Three."));
    }

    @Test
    void jsonLinesOptionReadsAnyFileAsJsonLines() throws IOException {
        Path file = write("in.txt", "{\"id\": \"x\", \"text\": \"T\"}\n");
        List<Input> inputs = read(new InputOptions(List.of(file.toString()), null, StandardCharsets.UTF_8, true, MAX),
                new ByteArrayInputStream(new byte[0]));
        assertThat(inputs).containsExactly(new Document("x", "T"));
    }

    @Test
    void fileOverMaxBytesIsAProblem() throws IOException {
        Path big = write("big.txt", "0123456789");
        List<Input> inputs = read(List.of(big.toString()), null, 5);
        assertThat(inputs).singleElement().isInstanceOf(Problem.class);
        assertThat(((Problem) inputs.get(0)).message())
                .isEqualTo("file is 10 bytes, over the limit of 5 (raise it with --max-bytes)");
    }

    @Test
    void fileAtMaxBytesIsRead() throws IOException {
        Path file = write("five.txt", "01234");
        assertThat(read(List.of(file.toString()), null, 5)).containsExactly(new Document(file.toString(), "01234"));
    }

    @Test
    void stdinIsReadForDashAndForNoPaths() {
        byte[] bytes = "From stdin.".getBytes(StandardCharsets.UTF_8);
        InputOptions dash = new InputOptions(List.of("-"), null, StandardCharsets.UTF_8, false, MAX);
        assertThat(read(dash, new ByteArrayInputStream(bytes))).containsExactly(new Document("-", "From stdin."));
        InputOptions none = new InputOptions(List.of(), null, StandardCharsets.UTF_8, false, MAX);
        assertThat(read(none, new ByteArrayInputStream(bytes))).containsExactly(new Document("-", "From stdin."));
    }

    @Test
    void stdinOverMaxBytesIsAProblem() {
        InputOptions options = new InputOptions(List.of("-"), null, StandardCharsets.UTF_8, false, 3);
        List<Input> inputs = read(options, new ByteArrayInputStream("abcdef".getBytes(StandardCharsets.UTF_8)));
        assertThat(inputs).singleElement().isInstanceOf(Problem.class);
        assertThat(((Problem) inputs.get(0)).message()).contains("over the limit of 3 bytes");
    }

    @Test
    void argumentsKeepTheirOrder() throws IOException {
        Path b = write("b.txt", "B");
        Path a = write("a.txt", "A");
        assertThat(sources(read(b.toString(), a.toString()))).containsExactly(b.toString(), a.toString());
    }

    @Test
    void globWithNoMatchIsAProblem() {
        String pattern = dir.resolve("*.nothing").toString();
        assertThat(read(pattern)).containsExactly(new Problem(pattern, 0, "no file matches"));
    }

    @Test
    void filesInHiddenFoldersAreSkipped() throws IOException {
        write(".git/objects/b.txt", "B");
        write("a.txt", "A");
        assertThat(sources(read(dir.toString()))).containsExactly(dir.resolve("a.txt").toString());
    }
}
