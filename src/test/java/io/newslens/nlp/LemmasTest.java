package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmasTest {
    @ParameterizedTest
    @CsvSource({
        "said, say", "told, tell", "accused, accuse", "stated, state", "denied, deny", "argued, argue",
        "added, add", "reported, report", "warned, warn", "declared, declare", "announced, announce",
        "says, say", "claimed, claim", "insisted, insist", "admitted, admit", "noted, note",
        "urged, urge", "tweeted, tweet", "Said, say"
    })
    void reportingVerbs(String word, String lemma) {
        assertThat(Lemmas.lemma(word, "VERB")).isEqualTo(lemma);
    }

    @Test
    void auxiliariesAreLemmatisedToo() {
        assertThat(Lemmas.lemma("was", "AUX")).isEqualTo("be");
        assertThat(Lemmas.lemma("has", "AUX")).isEqualTo("have");
    }

    @Test
    void otherPartsOfSpeechAreOnlyLowerCased() {
        assertThat(Lemmas.lemma("Reported", "ADJ")).isEqualTo("reported");
        assertThat(Lemmas.lemma("Iran", "PROPN")).isEqualTo("iran");
    }
}
