package io.newslens.quotes;

import io.newslens.analysis.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins reported speech and the quotation that completes it around one cue: "Whether the issue
 * is trade, Mr. Garin added, “it becomes harder to attack him.”" is one mixed quotation.
 *
 * <p>Why: the writer paraphrases the opening of the statement and quotes its end; both halves
 * hang on the same cue between them, so they are one statement, not an indirect quotation and a
 * separate direct one. Quotes sorted by start, {@code text} the document.
 */
final class InterruptedSpeechJoiner {
    private InterruptedSpeechJoiner() {
    }

    static List<Quote> join(List<Quote> sorted, String text) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : sorted) {
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && completes(last, q)) {
                Span content = Span.of(text, last.content().start(), q.content().end());
                out.set(out.size() - 1, new Quote(content, QuoteKind.MIXED, last.speaker(), last.speakerType(),
                        last.speakerMention(), last.cue()));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** True when direct {@code quote} follows reported {@code speech} and the cue of both lies between them. */
    private static boolean completes(Quote speech, Quote quote) {
        Span cue = speech.cue();
        return speech.kind() == QuoteKind.INDIRECT && quote.kind() == QuoteKind.DIRECT && cue != null
                && cue.equals(quote.cue()) && speech.content().end() <= cue.start()
                && cue.end() <= quote.content().start();
    }
}
