package io.newslens.quotes;

/**
 * A run of text between quotation marks, found on the raw characters.
 *
 * @param start        offset of the opening mark (UTF-16, inclusive)
 * @param end          offset just after the closing mark, or the paragraph end when unclosed
 * @param contentStart offset of the first quoted character
 * @param contentEnd   offset just after the last quoted character
 * @param closed       false when the paragraph ended before a closing mark
 */
public record QuotedText(int start, int end, int contentStart, int contentEnd, boolean closed) {
    public QuotedText {
        if (start < 0 || start > contentStart || contentStart > contentEnd || contentEnd > end) {
            throw new IllegalArgumentException("bad quoted text [" + start + "," + contentStart + ","
                    + contentEnd + "," + end + ")");
        }
    }
}
