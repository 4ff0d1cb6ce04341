package io.newslens.analysis;

import java.util.Objects;

/**
 * A piece of the document text: {@code text} equals {@code document.substring(start, end)}.
 *
 * <p>Offsets are Java {@code char} (UTF-16) offsets, half-open. They are converted to code
 * points only at the output boundary ({@code output.CodePoints}).
 */
public record Span(String text, int start, int end) {
    public Span {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    /** The span of {@code source} between {@code start} and {@code end}. */
    public static Span of(String source, int start, int end) {
        return new Span(source.substring(start, end), start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
