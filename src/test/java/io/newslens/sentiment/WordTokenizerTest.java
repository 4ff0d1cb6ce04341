package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    @Test
    void keepsContractionsAndHyphenatedWordsWhole() {
        assertThat(texts("They don't like well-being “talk”."))
                .containsExactly("They", "don't", "like", "well-being", "“", "talk", "”", ".");
    }

    @Test
    void offsetsPointIntoTheSentenceInOrder() {
        String s = "  Iran’s   army, said   Pompeo .";
        List<Span> tokens = WordTokenizer.tokenize(s);
        int previousEnd = 0;
        for (Span t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
            previousEnd = t.end();
        }
        assertThat(texts(s)).containsExactly("Iran’s", "army", ",", "said", "Pompeo", ".");
    }

    private static List<String> texts(String s) {
        return WordTokenizer.tokenize(s).stream().map(Span::text).toList();
    }
}
