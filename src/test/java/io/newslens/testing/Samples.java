package io.newslens.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's {@code samples/*.txt}, relative to the project root (surefire's working folder). */
public final class Samples {
    public static final Path FOLDER = Path.of("samples");

    private Samples() {
    }

    /** The sample articles in sorted order; fails when there are none, so a moved folder cannot pass silently. */
    public static List<Path> texts() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            assertThat(texts).as("samples/*.txt from " + Path.of("").toAbsolutePath()).isNotEmpty();
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base name without {@code .txt}. */
    public static String name(Path text) {
        String file = text.getFileName().toString();
        return file.substring(0, file.length() - ".txt".length());
    }
}
