package io.newslens.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Streams the documents of the inputs, in order: each argument in turn, folders walked
 * recursively in sorted order, hidden files and folders skipped (links to folders are not
 * followed, so a link loop cannot trap the walk),
 * JSON Lines files line by line.
 *
 * <p>Every problem becomes a {@link Problem} in the stream, in its place, so one bad file
 * never hides the others. Not thread-safe: one reader feeds one run.
 */
public final class DocumentReader {
    private static final String STDIN = "-";

    private final InputOptions options;
    private final InputStream stdin;

    public DocumentReader(InputOptions options, InputStream stdin) {
        this.options = options;
        this.stdin = stdin;
    }

    /**
     * The inputs, read lazily as the iterator advances: one file is in memory at a time.
     *
     * <p>Why not {@code flatMap(this::read).iterator()}: a stream's iterator runs a flat-mapped
     * stream to its end before returning the first element, which read every file of a folder
     * into memory before the first was analysed.
     */
    public Iterator<Input> iterator() {
        List<String> paths = options.paths().isEmpty() ? List.of(STDIN) : options.paths();
        Iterator<Unit> units = paths.stream().flatMap(this::expand).iterator();
        return new Iterator<>() {
            private Iterator<Input> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && units.hasNext()) {
                    current = read(units.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The number of documents, when it is known without reading anything: every input is a
     * plain-text file named on the command line. -1 for stdin, folders, globs and JSON Lines,
     * whose documents are only counted as the run reaches them.
     */
    public long countIfKnown() {
        if (options.paths().isEmpty() || options.jsonLines()) {
            return -1;
        }
        try {
            for (String arg : options.paths()) {
                if (arg.equals(STDIN) || arg.endsWith(".jsonl") || !Files.isRegularFile(Path.of(arg))) {
                    return -1;
                }
            }
        } catch (InvalidPathException e) {
            return -1;
        }
        return options.paths().size();
    }

    private Stream<Unit> expand(String arg) {
        if (arg.equals(STDIN)) {
            return Stream.of(new Unit(STDIN, null, null));
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return walk(path);
        }
        if (!Files.exists(path) && GlobExpander.isGlob(arg)) {
            return glob(arg);
        }
        return Stream.of(new Unit(arg, path, null));
    }

    private static Stream<Unit> glob(String pattern) {
        try {
            List<Path> files = GlobExpander.expand(pattern);
            if (files.isEmpty()) {
                return Stream.of(new Unit(pattern, null, "no file matches"));
            }
            return files.stream().map(p -> new Unit(p.toString(), p, null));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Stream.of(new Unit(pattern, null, reason(e)));
        }
    }

    private Stream<Unit> walk(Path folder) {
        PathMatcher matcher = options.glob() == null ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + options.glob());
        List<Unit> units = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .filter(p -> matcher == null || matcher.matches(p.getFileName()))
                    .sorted()
                    .forEach(p -> units.add(new Unit(p.toString(), p, null)));
        } catch (IOException | java.io.UncheckedIOException e) {
            units.add(new Unit(folder.toString(), null, "cannot list folder: " + reason(e)));
        }
        return units.stream();
    }

    /** True when a file or any folder on its way below the walked folder starts with a dot. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Stream<Input> read(Unit unit) {
        if (unit.error() != null) {
            return Stream.of(new Problem(unit.name(), 0, unit.error()));
        }
        String text;
        try {
            text = TextDecoder.decode(bytes(unit), options.charset());
        } catch (TextDecoder.DecodingException e) {
            return Stream.of(new Problem(unit.name(), 0, e.getMessage()));
        } catch (IOException e) {
            return Stream.of(new Problem(unit.name(), 0, reason(e)));
        }
        if (options.jsonLines() || unit.name().endsWith(".jsonl")) {
            return jsonLines(unit.name(), text);
        }
        return Stream.of(new Document(unit.name(), text));
    }

    private static Stream<Input> jsonLines(String source, String text) {
        List<Input> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(JsonLinesReader.parse(source, i + 1, lines[i]));
            }
        }
        return out.stream();
    }

    private byte[] bytes(Unit unit) throws IOException {
        if (unit.path() == null) {
            return readBounded(stdin);
        }
        if (Files.isDirectory(unit.path())) {
            throw new IOException("is a folder");
        }
        long size = Files.size(unit.path());
        if (size > options.maxBytes()) {
            throw new IOException("file is " + size + " bytes, over the limit of " + options.maxBytes()
                    + " (raise it with --max-bytes)");
        }
        try (InputStream in = Files.newInputStream(unit.path())) {
            return readBounded(in);
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            throw new IOException("input is over the limit of " + options.maxBytes() + " bytes (raise it with --max-bytes)");
        }
        return bytes;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** One thing to read: a file, stdin (no path), or an error found while listing. */
    private record Unit(String name, Path path, String error) {
    }
}
