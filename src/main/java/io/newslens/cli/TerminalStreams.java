package io.newslens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether each standard stream is a terminal, and how wide stderr is.
 *
 * <p>Why not {@code System.console() != null}: in Java 17 that means stdin <em>and</em> stdout
 * are terminals, which says nothing about either one alone. In the common batch run
 * {@code newslens entities news/ > out.csv} stdout is a file while stdin and stderr are still
 * the user's terminal: a run with no input must still refuse to wait on the keyboard, and the
 * progress bar is still wanted. So we ask about each file descriptor itself: on Linux by
 * reading where {@code /proc/self/fd/N} points (a few microseconds), elsewhere through JLine's
 * native provider (about 50 ms, once, and only when asked).
 */
final class TerminalStreams {
    private static final int DEFAULT_WIDTH = 80;

    private TerminalStreams() {
    }

    /** True when stdin is a terminal; false when that cannot be found out. */
    static boolean stdinIsTerminal() {
        return isTerminal(0, SystemStream.Input);
    }

    /** True when stdout is a terminal; false when that cannot be found out. */
    static boolean stdoutIsTerminal() {
        return isTerminal(1, SystemStream.Output);
    }

    /** True when stderr is a terminal; false when that cannot be found out. */
    static boolean stderrIsTerminal() {
        return isTerminal(2, SystemStream.Error);
    }

    /** The width of the terminal on stderr in columns, or 80 when it cannot be found out. */
    static int stderrWidth() {
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

    private static boolean isTerminal(int descriptor, SystemStream stream) {
        Path fd = Path.of("/proc/self/fd/" + descriptor);
        if (Files.isSymbolicLink(fd)) {
            try {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        try {
            return provider().isSystemStream(stream);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TerminalProvider provider() throws IOException {
        try {
            return TerminalProvider.load("jni");
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalProvider.load("exec");
        }
    }
}
