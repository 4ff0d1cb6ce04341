package io.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** The non-blank lines of a text, trimmed, as spans; {@code \n}, {@code \r\n} and {@code \r} end a line. */
final class Lines {
    private Lines() {
    }

    static List<Span> of(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                addTrimmed(text, start, i, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> lines) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            lines.add(new Span(start, end));
        }
    }
}
