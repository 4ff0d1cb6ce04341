package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that fails part-way (a full disk, an internal error) never leaves a truncated output
 * file: {@code DocumentCommand} closes the target without committing, exactly as here.
 */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void failureMidRunKeepsTheOldFileAndLeavesNoPart() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "old complete results\n");
        assertThatThrownBy(() -> {
            try (OutputTarget target = OutputTarget.open(out, OutputStream.nullOutputStream())) {
                target.writer().write("half of the new resu");
                target.writer().flush();
                throw new IOException("No space left on device");
            }
        }).hasMessage("No space left on device");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("old complete results\n");
        assertThat(parts()).isEmpty();
    }

    @Test
    void failureMidRunCreatesNoFile() throws IOException {
        Path out = dir.resolve("new.csv");
        try (OutputTarget target = OutputTarget.open(out, OutputStream.nullOutputStream())) {
            target.writer().write("partial");
        }
        assertThat(out).doesNotExist();
        assertThat(parts()).isEmpty();
    }

    @Test
    void commitReplacesTheFileWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("out.csv"), "old\n");
        try (OutputTarget target = OutputTarget.open(out, OutputStream.nullOutputStream())) {
            target.writer().write("new\n");
            target.commit();
        }
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("new\n");
        assertThat(parts()).isEmpty();
    }

    private Stream<Path> parts() throws IOException {
        return Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".part")).toList().stream();
    }
}
