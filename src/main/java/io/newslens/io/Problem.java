package io.newslens.io;

/**
 * Bad input, reported as data: the source, a 1-based line (0 when it does not apply) and a
 * message that reads well after "cannot read 'source': ".
 */
public record Problem(String source, int line, String message) implements Input {
    /** The one-line report for stderr, e.g. {@code cannot read 'a.txt': not valid UTF-8 at byte 1043}. */
    public String describe() {
        String where = line > 0 ? source + "' line " + line : source + "'";
        return "cannot read '" + where + ": " + message;
    }
}
