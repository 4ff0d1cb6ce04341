package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted text on the raw characters of a document.
 *
 * <p>Contract: the result is ordered, non-overlapping, within {@code [0, text.length())}.
 * Straight ({@code "}) and typographic ({@code “ ” „ « »}) double quotes are recognised;
 * single quotes are left alone, so quotes nested inside double quotes and apostrophes never
 * end a quotation. A quotation that reaches the end of its paragraph continues when the next
 * paragraph opens with a quotation mark (the news convention for quotes running over several
 * paragraphs) and a later paragraph closes it; otherwise each of its paragraphs is reported
 * as an unclosed quotation ending at the paragraph end.
 *
 * <p>Why paragraphs: a stray or missing mark is common in scraped news; bounding at the
 * paragraph keeps one typo from turning the rest of the article into a quotation. A line break
 * counts as a paragraph break because scraped articles use both single and blank lines.
 * Stateless and thread-safe.
 */
public final class QuoteSpanFinder {

    /** Marks that only open a quotation. */
    private static final String OPENERS = "\u201C\u201E\u00AB";
    /** Marks that only close a quotation. */
    private static final String CLOSERS = "\u201D\u00BB";
    /** Marks that open or close depending on state. */
    private static final char STRAIGHT = '"';

    public List<QuotedText> find(String text) {
        List<QuotedText> found = new ArrayList<>();
        List<QuotedText> paragraphs = new ArrayList<>(); // earlier paragraphs of a running quote
        int open = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (open < 0) {
                if (isOpener(c)) {
                    open = i;
                }
            } else if (c == '\n') {
                int next = skipBlank(text, i);
                if (next < text.length() && isOpener(text.charAt(next)) && !closesAt(text, next)) {
                    paragraphs.add(unclosed(text, open, i)); // the quotation runs on into the next paragraph
                    open = next;
                    i = next;
                } else {
                    found.addAll(paragraphs);
                    found.add(unclosed(text, open, i));
                    paragraphs.clear();
                    open = -1;
                }
            } else if (isCloser(c)) {
                int first = paragraphs.isEmpty() ? open : paragraphs.get(0).start();
                found.add(new QuotedText(first, i + 1, first + 1, i, true));
                paragraphs.clear();
                open = -1;
            } else if (OPENERS.indexOf(c) >= 0) {
                found.addAll(paragraphs); // a new opening mark: the last one was never closed
                found.add(unclosed(text, open, i));
                paragraphs.clear();
                open = i;
            }
            i++;
        }
        if (open >= 0) {
            found.addAll(paragraphs);
            found.add(unclosed(text, open, text.length()));
        }
        return found;
    }

    private static boolean isOpener(char c) {
        return c == STRAIGHT || OPENERS.indexOf(c) >= 0;
    }

    private static boolean isCloser(char c) {
        return c == STRAIGHT || CLOSERS.indexOf(c) >= 0;
    }

    /** True when a straight mark at a paragraph start is immediately closed by the paragraph end. */
    private static boolean closesAt(String text, int index) {
        return text.charAt(index) == STRAIGHT && (index + 1 == text.length() || text.charAt(index + 1) == '\n');
    }

    /** The first offset after {@code newline} that is not whitespace. */
    private static int skipBlank(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static QuotedText unclosed(String text, int open, int limit) {
        int end = limit;
        while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new QuotedText(open, end, open + 1, end, false);
    }
}
