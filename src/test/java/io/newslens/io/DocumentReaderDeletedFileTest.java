package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file deleted after its folder was listed and before it was read is a Problem in its place. */
class DocumentReaderDeletedFileTest {
    @TempDir
    Path dir;

    @Test
    void fileDeletedDuringTheRunIsAProblemAndTheNextIsRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "B", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.txt"), "C", StandardCharsets.UTF_8);
        InputOptions options = new InputOptions(List.of(dir.toString()), "*.txt", StandardCharsets.UTF_8, false, 1000);
        Iterator<Input> inputs = new DocumentReader(options, new ByteArrayInputStream(new byte[0])).iterator();

        assertThat(inputs.next()).isInstanceOf(Document.class); // the folder is listed now
        Files.delete(b);
        Input second = inputs.next();
        assertThat(second).isEqualTo(new Problem(b.toString(), 0, "no such file or folder"));
        assertThat(((Problem) second).describe()).isEqualTo("cannot read '" + b + "': no such file or folder");
        assertThat(inputs.next()).isEqualTo(new Document(dir.resolve("c.txt").toString(), "C"));
        assertThat(inputs.hasNext()).isFalse();
    }
}
