package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.Token;
import org.junit.jupiter.api.Test;

class ReportingVerbsTest {
    private static final ReportingVerbs VERBS = ReportingVerbs.load();

    private static Token verb(String word, String lemma) {
        return new Token(word, 0, word.length(), "VERB", lemma);
    }

    @Test
    void matchesByLemma() {
        assertThat(VERBS.lemmaOf(verb("specified", "specify"))).isEqualTo("specify");
        assertThat(VERBS.isReportingVerb(verb("read", "read"))).isTrue();
    }

    @Test
    void fallsBackToInflectionsWhenTheLemmaIsUnknown() {
        assertThat(VERBS.lemmaOf(verb("tweeted", "O"))).isEqualTo("tweet");
        assertThat(VERBS.lemmaOf(verb("said", "said"))).isEqualTo("say");
        assertThat(VERBS.lemmaOf(verb("admitted", "admitted"))).isEqualTo("admit");
        assertThat(VERBS.lemmaOf(verb("denies", "denies"))).isEqualTo("deny");
        assertThat(VERBS.lemmaOf(verb("insisting", "insisting"))).isEqualTo("insist");
    }

    @Test
    void rejectsOtherVerbsAndNonVerbs() {
        assertThat(VERBS.isReportingVerb(verb("torched", "torch"))).isFalse();
        assertThat(VERBS.isReportingVerb(verb("thinks", "think"))).isFalse();
        assertThat(VERBS.isReportingVerb(new Token("report", 0, 6, "NOUN", "report"))).isFalse();
    }
}
