package io.newslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether stderr is a terminal, and how wide it is.
 *
 * <p>Why not {@code System.console() != null}: in Java 17 that means stdin <em>and</em> stdout
 * are terminals, which says nothing about stderr. In the common batch run
 * {@code newslens entities news/ > out.csv} stdout is a file and stderr is still the user's
 * terminal (progress wanted), while in {@code newslens entities news/ 2> log} stdout may be a
 * terminal and stderr is not (no progress wanted). So we ask about file descriptor 2 itself:
 * on Linux by reading where {@code /proc/self/fd/2} points (a few microseconds), elsewhere
 * through JLine's native provider (about 50 ms, once, and only when progress might be shown).
 */
final class StderrTerminal {
    private static final int DEFAULT_WIDTH = 80;

    private StderrTerminal() {
    }

    /** True when file descriptor 2 is a terminal; false when that cannot be found out. */
    static boolean isTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        try {
            return provider().isSystemStream(SystemStream.Error);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The terminal's width in columns, or 80 when it cannot be found out. */
    static int width() {
        try {
            int width = provider().systemStreamWidth(SystemStream.Error);
            return width > 0 ? width : DEFAULT_WIDTH;
        } catch (IOException | RuntimeException | LinkageError e) {
            return DEFAULT_WIDTH;
        }
    }

    /** Whether a device path names a terminal: {@code /dev/pts/3}, {@code /dev/tty1}, the console. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    private static TerminalProvider provider() throws IOException {
        try {
            return TerminalProvider.load("jni");
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalProvider.load("exec");
        }
    }
}
