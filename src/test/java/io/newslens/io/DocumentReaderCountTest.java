package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DocumentReader#countIfKnown()}: the progress bar's total, known only without reading. */
class DocumentReaderCountTest {
    @TempDir
    Path dir;

    private long count(List<String> paths) {
        InputOptions options = new InputOptions(paths, "*.txt", StandardCharsets.UTF_8, false, 1024);
        return new DocumentReader(options, new ByteArrayInputStream(new byte[0])).countIfKnown();
    }

    @Test
    void filesNamedOnTheCommandLineAreCounted() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "A.");
        Path b = Files.writeString(dir.resolve("b.txt"), "B.");

        assertThat(count(List.of(a.toString(), b.toString()))).isEqualTo(2);
    }

    @Test
    void stdinFoldersGlobsAndJsonLinesAreNotKnownInAdvance() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "A.");
        Path lines = Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"text\":\"B.\"}\n");

        assertThat(count(List.of())).isEqualTo(-1);
        assertThat(count(List.of("-"))).isEqualTo(-1);
        assertThat(count(List.of(dir.toString()))).isEqualTo(-1);
        assertThat(count(List.of(a.toString(), lines.toString()))).isEqualTo(-1);
        assertThat(count(List.of(dir + "/*.txt"))).isEqualTo(-1);
        assertThat(count(List.of(a.toString(), dir.resolve("missing.txt").toString()))).isEqualTo(-1);
    }
}
