package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceJoinerTest {
    private static Token token(String word, int start) {
        return new Token(word, start, start + word.length(), "PROPN", word);
    }

    @Test
    void sentenceEndingOnATitleIsJoinedWithTheNext() {
        // "Sen. Cruz said. It ended." split by the detector after "Sen."
        List<Token> tokens = List.of(token("Sen", 0), token(".", 3), token("Cruz", 5), token("said", 10),
                token(".", 14), token("It", 16), token("ended", 19), token(".", 24));
        List<Sentence> detected = List.of(new Sentence(0, 4, 0, 2), new Sentence(5, 15, 2, 5),
                new Sentence(16, 25, 5, 8));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected))
                .containsExactly(new Sentence(0, 15, 0, 5), new Sentence(16, 25, 5, 8));
    }

    @Test
    void sentencesEndingOnAnInitialOrASuffixAreJoined() {
        // "Joseph R. | Biden Jr. | said it."
        List<Token> tokens = List.of(token("Joseph", 0), token("R", 7), token(".", 8), token("Biden", 10),
                token("Jr.", 16), token("said", 20), token("it", 25), token(".", 27));
        List<Sentence> detected = List.of(new Sentence(0, 9, 0, 3), new Sentence(10, 19, 3, 5),
                new Sentence(20, 28, 5, 8));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected)).containsExactly(new Sentence(0, 28, 0, 8));
    }

    @Test
    void ordinaryFullStopsKeepTheirSentences() {
        List<Token> tokens = List.of(token("Go", 0), token(".", 2), token("Now", 4), token(".", 7));
        List<Sentence> detected = List.of(new Sentence(0, 3, 0, 2), new Sentence(4, 8, 2, 4));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected)).isEqualTo(detected);
    }

    @Test
    void sentencesEndingOnAPartyTagBeforeALowercaseWordOrOnNumberAreJoined() {
        // "Paul (R-Ky.) | said it. | The No. | 2 left."
        List<Token> tokens = List.of(token("Paul", 0), token("(", 5), token("R-Ky", 6), token(".", 10), token(")", 11),
                token("said", 13), token("it", 18), token(".", 20), token("The", 22), token("No", 26), token(".", 28),
                token("2", 30), token("left", 32), token(".", 36));
        List<Sentence> detected = List.of(new Sentence(0, 12, 0, 5), new Sentence(13, 21, 5, 8),
                new Sentence(22, 29, 8, 11), new Sentence(30, 37, 11, 14));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected))
                .containsExactly(new Sentence(0, 21, 0, 8), new Sentence(22, 37, 8, 14));
    }

    @Test
    void sentenceEndingOnACommaIsJoinedWithTheNext() {
        // "Ann Lee, of Dover, Del., | visiting here, said it."
        List<Token> tokens = List.of(token("Ann", 0), token("Lee", 4), token(",", 7), token("of", 9),
                token("Dover", 12), token(",", 17), token("Del.", 19), token(",", 23), token("visiting", 25),
                token("here", 34), token(",", 38), token("said", 40), token("it", 45), token(".", 47));
        List<Sentence> detected = List.of(new Sentence(0, 24, 0, 8), new Sentence(25, 48, 8, 14));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected)).containsExactly(new Sentence(0, 48, 0, 14));
    }

    @Test
    void sentenceEndingOnAMonthBeforeItsDayIsJoinedWithTheNext() {
        // "It opened Sept. | 3 in Rome." split by the detector after "Sept."
        List<Token> tokens = List.of(token("It", 0), token("opened", 3), token("Sept.", 10), token("3", 16),
                token("in", 18), token("Rome", 21), token(".", 25));
        List<Sentence> detected = List.of(new Sentence(0, 15, 0, 3), new Sentence(16, 26, 3, 7));
        assertThat(SentenceJoiner.joinAfterTitles(tokens, detected)).containsExactly(new Sentence(0, 26, 0, 7));
    }
}
