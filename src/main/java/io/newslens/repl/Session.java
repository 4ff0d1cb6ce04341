package io.newslens.repl;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * What the shell's commands share for one session: the terminal they write to, the loaded
 * documents, whether to colour, and the output format the user chose with {@code format}.
 * Used from the shell's thread only (batch workers see the workspace, never the session).
 */
public final class Session {
    private final Terminal terminal;
    private final Workspace workspace;
    private final boolean colour;
    private final List<String> formats;
    private String format;

    /**
     * @param formats the values {@code --format} accepts; the first is the session's default
     */
    public Session(Terminal terminal, Workspace workspace, boolean colour, List<String> formats) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.colour = colour;
        this.formats = List.copyOf(formats);
        if (this.formats.isEmpty()) {
            throw new IllegalArgumentException("formats must not be empty");
        }
        this.format = this.formats.get(0);
    }

    /**
     * Whether to colour output on {@code terminal}: not when NO_COLOR is set (no-color.org),
     * nor on a dumb terminal or one with fewer than 8 colours.
     */
    public static boolean colourFor(Terminal terminal, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
            return false;
        }
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        return colours != null && colours >= 8;
    }

    public Terminal terminal() {
        return terminal;
    }

    public PrintWriter out() {
        return terminal.writer();
    }

    public Workspace workspace() {
        return workspace;
    }

    public boolean colour() {
        return colour;
    }

    public List<String> formats() {
        return formats;
    }

    public String format() {
        return format;
    }

    void format(String value) {
        if (!formats.contains(value)) {
            throw new IllegalArgumentException("format must be one of " + formats + ": " + value);
        }
        format = value;
    }
}
