package io.newslens.sentiment;

/**
 * Marks which characters of a sentence lie between quotation marks.
 *
 * <p>Why: words in quotes are usually someone else's voice ("calling it 'a disaster'"), so
 * their sentiment says less about how the writer treats the target than the same words in the
 * narration; the classifier keeps the two apart. Handles typographic double quotes, straight
 * double quotes (toggling) and typographic single quotes, where a {@code ’} between two letters
 * is an apostrophe, not a closing mark. An unclosed quote runs to the end of the sentence.
 */
final class QuoteRegions {
    private QuoteRegions() {
    }

    /** {@code result[i]} is true when char {@code i} is inside a quotation (marks excluded). */
    static boolean[] inside(String s) {
        boolean[] quoted = new boolean[s.length()];
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“' || (c == '"' && !inDouble)) {
                inDouble = true;
            } else if (c == '”' || c == '"') {
                inDouble = false;
            } else if (c == '‘') {
                inSingle = true;
            } else if (c == '’' && inSingle && !isApostrophe(s, i)) {
                inSingle = false;
            } else {
                quoted[i] = inDouble || inSingle;
            }
        }
        return quoted;
    }

    private static boolean isApostrophe(String s, int i) {
        return i > 0 && i + 1 < s.length()
                && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
    }
}
