package io.newslens.output;

/**
 * Converts UTF-16 offsets (Java's) to Unicode code-point offsets (Python's and jq's) for one
 * text. Costs nothing for texts without surrogate pairs, which is nearly all news.
 */
public final class OffsetMap {
    private final int[] codePointAt;

    public OffsetMap(String text) {
        int pairs = text.length() - text.codePointCount(0, text.length());
        if (pairs == 0) {
            codePointAt = null;
            return;
        }
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    public int toCodePoints(int utf16Offset) {
        return codePointAt == null ? utf16Offset : codePointAt[utf16Offset];
    }
}
