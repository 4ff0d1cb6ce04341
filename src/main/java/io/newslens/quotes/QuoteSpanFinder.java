package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted text on the raw characters of a document.
 *
 * <p>Contract: the result is ordered, non-overlapping, within {@code [0, text.length())}.
 * Straight ({@code "}), doubled-apostrophe ({@code ''}, as some wire archives write it) and
 * typographic ({@code “ ” „ « »}) double quotes are recognised; single quotes are left alone,
 * so quotes nested inside double quotes and apostrophes never end a quotation. Inside a
 * straight quotation, typographic marks are nested quotes, and a closing typographic mark with
 * no nested opening one closes it ({@code "A,” he said}); a typographic quotation may be closed
 * by a straight mark, or by an opening mark written after a word and before a space (mixed
 * and mistyped marks are common in scraped news). A quotation that reaches
 * the end of its paragraph continues when the next paragraph opens with a quotation mark (the
 * news convention for quotes running over several paragraphs) and a later paragraph closes it;
 * otherwise each of its paragraphs is reported as an unclosed quotation ending at the
 * paragraph end.
 *
 * <p>A straight mark right after {@code =} opens a markup attribute value ({@code author="X"}),
 * not a quotation, and is skipped with its value.
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

    public List<QuotedText> find(String text) {
        List<QuotedText> found = new ArrayList<>();
        List<QuotedText> paragraphs = new ArrayList<>(); // earlier paragraphs of a running quote
        int open = -1;
        boolean straight = false; // opened by a straight mark: typographic marks inside are nested
        int nested = 0; // typographic quotations open inside a straight one
        int i = 0;
        while (i < text.length()) {
            int mark = straightMark(text, i);
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '"' && i > 0 && text.charAt(i - 1) == '=') { // markup: author="X" quotes no one
                    int close = text.indexOf('"', i + 1);
                    i = close < 0 ? text.length() : close + 1;
                    continue;
                }
                if (mark > 0 || OPENERS.indexOf(c) >= 0) {
                    open = i;
                    straight = mark > 0;
                    nested = 0;
                    i += Math.max(mark, 1);
                    continue;
                }
            } else if (c == '\n') {
                int next = skipBlank(text, i);
                int reopen = next < text.length() ? openerLength(text, next) : 0;
                if (reopen > 0 && !closesAt(text, next + reopen)) {
                    paragraphs.add(unclosed(text, open, i, openerLength(text, open)));
                    open = next; // the quotation runs on into the next paragraph
                    i = next + reopen;
                    continue;
                }
                found.addAll(paragraphs);
                found.add(unclosed(text, open, i, openerLength(text, open)));
                paragraphs.clear();
                open = -1;
            } else if (!straight && isMistypedCloser(text, i)) {
                int first = paragraphs.isEmpty() ? open : paragraphs.get(0).start();
                found.add(new QuotedText(first, i + 1, first + openerLength(text, first), i, true));
                paragraphs.clear();
                open = -1;
            } else if (straight && OPENERS.indexOf(c) >= 0) {
                nested++;
            } else if (straight && nested > 0 && CLOSERS.indexOf(c) >= 0) {
                nested--;
            } else if (mark > 0 || CLOSERS.indexOf(c) >= 0) {
                int first = paragraphs.isEmpty() ? open : paragraphs.get(0).start();
                int end = i + Math.max(mark, 1);
                found.add(new QuotedText(first, end, first + openerLength(text, first), i, true));
                paragraphs.clear();
                open = -1;
                i = end;
                continue;
            } else if (!straight && OPENERS.indexOf(c) >= 0) {
                found.addAll(paragraphs); // a new opening mark: the last one was never closed
                found.add(unclosed(text, open, i, openerLength(text, open)));
                paragraphs.clear();
                open = i;
            }
            i++;
        }
        if (open >= 0) {
            found.addAll(paragraphs);
            found.add(unclosed(text, open, text.length(), openerLength(text, open)));
        }
        return found;
    }

    /** An opening mark written where a closing one belongs: after a word, before a space ("unusual,“ said"). */
    private static boolean isMistypedCloser(String text, int i) {
        return text.charAt(i) == '\u201C' && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && OPENERS.indexOf(text.charAt(i - 1)) < 0
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** The length of a straight double mark at {@code i}: 1 for {@code "}, 2 for {@code ''}, else 0. */
    private static int straightMark(String text, int i) {
        if (text.charAt(i) == '"') {
            return 1;
        }
        return text.startsWith("''", i) ? 2 : 0;
    }

    private static int openerLength(String text, int i) {
        int mark = straightMark(text, i);
        return mark > 0 ? mark : OPENERS.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
    }

    /** True when the paragraph ends right after a mark that was to reopen a quotation. */
    private static boolean closesAt(String text, int afterMark) {
        return afterMark >= text.length() || text.charAt(afterMark) == '\n';
    }

    /** The first offset after {@code newline} that is not whitespace. */
    private static int skipBlank(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static QuotedText unclosed(String text, int open, int limit, int markLength) {
        int contentStart = Math.min(open + markLength, limit);
        int end = limit;
        while (end > contentStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new QuotedText(open, end, contentStart, end, false);
    }
}
