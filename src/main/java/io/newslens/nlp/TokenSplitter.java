package io.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Re-splits the tokens of the English UD tokenizer where news needs it.
 *
 * <p>Why: the UD tokenizer keeps "Iran’s", "IRGC-backed" and "U.S.-led" whole (and emits
 * "Iranian-" before "backed"), so the name inside could not be counted. This splits off a
 * possessive {@code 's}/{@code ’s}, and a hyphen after a capitalised prefix when a lower-case
 * word follows ("IRGC-backed" → "IRGC" "-" "backed"), while "U.S." and "al-Abadi" stay whole.
 */
final class TokenSplitter {
    private TokenSplitter() {
    }

    /** Returns the corrected spans of {@code tokens}, offsets into {@code text}. */
    static List<Span> split(String text, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 8);
        for (Span token : tokens) {
            splitOne(text, token.getStart(), token.getEnd(), out);
        }
        return out;
    }

    private static void splitOne(String text, int start, int end, List<Span> out) {
        int possessive = possessiveStart(text, start, end);
        if (possessive > start) {
            splitOne(text, start, possessive, out);
            out.add(new Span(possessive, end));
            return;
        }
        int hyphen = compoundHyphen(text, start, end);
        if (hyphen > start) {
            out.add(new Span(start, hyphen));
            out.add(new Span(hyphen, hyphen + 1));
            if (hyphen + 1 < end) {
                splitOne(text, hyphen + 1, end, out);
            }
            return;
        }
        out.add(new Span(start, end));
    }

    /** Start of a trailing 's / ’s after at least one letter, or -1. */
    private static int possessiveStart(String text, int start, int end) {
        if (end - start < 3) {
            return -1;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        boolean isPossessive = (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '’');
        return isPossessive && Character.isLetter(text.charAt(end - 3)) ? end - 2 : -1;
    }

    /**
     * The first hyphen that follows a capitalised prefix ("IRGC-", "U.S.-", "Iranian-") and
     * precedes a lower-case word or ends the token; -1 when there is none.
     */
    private static int compoundHyphen(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != '-') {
                continue;
            }
            boolean last = i == end - 1;
            if (last || Character.isLowerCase(text.charAt(i + 1))) {
                return i;
            }
            return -1;
        }
        return -1;
    }
}
