package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Span;
import java.util.List;

/** The invariants every quote layer must keep (STYLE practice 10), checked by the tests. */
public final class QuoteInvariants {
    private QuoteInvariants() {
    }

    public static void check(Analysis analysis) {
        String text = analysis.text();
        List<Quote> quotes = analysis.quotes();
        int previousStart = -1;
        for (Quote q : quotes) {
            for (Span s : new Span[] {q.content(), q.speakerMention(), q.cue()}) {
                if (s != null) {
                    assertThat(s.end()).as("span end within text").isLessThanOrEqualTo(text.length());
                    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
                }
            }
            assertThat(q.content().length()).as("non-empty quote").isPositive();
            assertThat(q.content().start()).as("ordered").isGreaterThanOrEqualTo(previousStart);
            if (q.kind() == QuoteKind.SCARE) {
                assertThat(q.speaker()).as("scare quotes have no speaker").isNull();
            }
            previousStart = q.content().start();
        }
        assertThat(quotes).doesNotHaveDuplicates();
    }
}
