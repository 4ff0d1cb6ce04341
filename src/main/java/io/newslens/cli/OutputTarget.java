package io.newslens.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a run's data goes: stdout, or a file that is written to a temporary file beside it
 * and renamed into place only when the run finishes, so an interrupted run or a full disk
 * never leaves a truncated file behind.
 */
final class OutputTarget implements AutoCloseable {
    private final Writer writer;
    private final Path target;
    private final Path temporary;
    private boolean committed;

    private OutputTarget(Writer writer, Path target, Path temporary) {
        this.writer = writer;
        this.target = target;
        this.temporary = temporary;
    }

    static OutputTarget open(Path file, OutputStream stdout) throws IOException {
        if (file == null || file.toString().equals("-")) {
            return new OutputTarget(utf8(stdout), null, null);
        }
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write '" + file + "': is a folder");
        }
        Path temporary = temporaryBeside(file, absolute);
        temporary.toFile().deleteOnExit(); // Ctrl-C ends the JVM without closing this target
        return new OutputTarget(utf8(Files.newOutputStream(temporary)), absolute, temporary);
    }

    /** The temporary file; errors name the user's {@code file}, never the temporary name. */
    private static Path temporaryBeside(Path file, Path absolute) throws IOException {
        try {
            return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".part");
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString());
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(file.toString());
        }
    }

    Writer writer() {
        return writer;
    }

    /** Makes the output final: flushes stdout, or moves the finished file into place. */
    void commit() throws IOException {
        writer.flush();
        if (target != null) {
            writer.close();
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (target != null && !committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }

    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
