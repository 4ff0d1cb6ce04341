package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteSpanFinderTest {
    private final QuoteSpanFinder finder = new QuoteSpanFinder();

    private List<String> contents(String text) {
        return finder.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void findsStraightAndCurlyQuotes() {
        assertThat(contents("He said \"go home,\" and left. She said “stay.”"))
                .containsExactly("go home,", "stay.");
    }

    @Test
    void singleQuotesInsideDoubleQuotesDoNotEndTheQuote() {
        assertThat(contents("“They called it ‘a disaster’ and it’s not,” he said."))
                .containsExactly("They called it ‘a disaster’ and it’s not,");
    }

    @Test
    void quoteRunsOnWhenTheNextParagraphReopensIt() {
        String text = "“First part.\n\n“Second part,” she said.";
        List<QuotedText> found = finder.find(text);
        assertThat(found).hasSize(1);
        assertThat(text.substring(found.get(0).contentStart(), found.get(0).contentEnd()))
                .isEqualTo("First part.\n\n“Second part,");
        assertThat(found.get(0).closed()).isTrue();
    }

    @Test
    void unclosedQuoteStopsAtTheParagraphEnd() {
        String text = "He said “never closed.\n\nThe rest of the article. “Real,” she said.";
        List<QuotedText> found = finder.find(text);
        assertThat(found).extracting(QuotedText::closed).containsExactly(false, true);
        assertThat(contents(text)).containsExactly("never closed.", "Real,");
    }

    @Test
    void aNewOpeningMarkEndsAnUnclosedQuote() {
        assertThat(contents("“one “two” three")).containsExactly("one", "two");
    }

    @Test
    void typographicMarksInsideAStraightQuoteAreNested() {
        assertThat(contents("He stated: \"It isn’t about “Equal Justice” anymore.\" Then he left."))
                .containsExactly("It isn’t about “Equal Justice” anymore.");
    }

    @Test
    void aTypographicCloserEndsAStraightQuoteWithNothingNested() {
        assertThat(contents("\"I don’t think so,” Grassley said. \"It is “fine” now,” he added."))
                .containsExactly("I don’t think so,", "It is “fine” now,");
    }

    @Test
    void anOpeningMarkAfterAWordAndBeforeASpaceCloses() {
        assertThat(contents("“It's unusual,“ said Noble. “It's hard.”")).containsExactly("It's unusual,", "It's hard.");
    }

    @Test
    void markupAttributeValuesAreNoQuotations() {
        assertThat(contents("<tweet author=\"realDonaldTrump\" id=\"1\">\"We win,\" he wrote.</tweet>"))
                .containsExactly("We win,");
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        assertThat(contents("''We will win,'' he said. It's 'fine'.")).containsExactly("We will win,");
    }

    @Test
    void aStraightMarkMayCloseATypographicQuote() {
        assertThat(contents("“Too many, too\" Sweeny said.")).containsExactly("Too many, too");
    }

    @Test
    void randomTextNeverBreaksTheContract() {
        Random random = new Random(42);
        String alphabet = "\"“”„«»‘’''\n\n  ab.,";
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int previousEnd = 0;
            for (QuotedText q : finder.find(text)) {
                assertThat(q.start()).as(text).isGreaterThanOrEqualTo(previousEnd);
                assertThat(q.end()).as(text).isLessThanOrEqualTo(text.length());
                if (!q.closed()) {
                    String body = text.substring(q.start(), q.end());
                    assertThat(body).as("unclosed quote crosses a paragraph in %s", text).doesNotContain("\n");
                }
                assertThat(q.contentStart()).as(text).isGreaterThanOrEqualTo(q.start());
                assertThat(q.contentEnd()).as(text).isBetween(q.contentStart(), q.end());
                previousEnd = q.end();
            }
        }
    }
}
