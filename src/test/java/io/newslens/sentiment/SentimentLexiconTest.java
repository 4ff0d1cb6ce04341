package io.newslens.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentimentLexiconTest {
    private static final SentimentLexicon LEXICON = SentimentLexicon.load();

    @Test
    void loadsBothShippedFiles() {
        // VADER alone has 7,517 entries and AFINN 3,382; the union is larger than either.
        assertThat(LEXICON.size()).isGreaterThan(7_517).isLessThan(7_517 + 3_382);
    }

    @Test
    void scalesValencesIntoUnitRange() {
        assertThat(LEXICON.valence("good")).isBetween(0.1, 1.0);
        assertThat(LEXICON.valence("terrible")).isBetween(-1.0, -0.1);
        assertThat(LEXICON.valence("kidnapping")).as("AFINN-only word").isEqualTo(-2 / 5.0);
    }

    @Test
    void isCaseInsensitiveAndZeroForUnknownWords() {
        assertThat(LEXICON.valence("GOOD")).isEqualTo(LEXICON.valence("good"));
        assertThat(LEXICON.valence("parliament")).isZero();
    }

    @Test
    void knowsAfinnPhrases() {
        assertThat(LEXICON.valence("fed up")).isNegative();
    }

    @Test
    void readsVaderLinesThatAreNotUtf8() {
        assertThat(LEXICON.valence(":-Þ")).isNotZero();
    }

    @Test
    void ofLowerCasesKeys() {
        assertThat(SentimentLexicon.of(Map.of("Great", 0.8)).valence("great")).isEqualTo(0.8);
    }
}
