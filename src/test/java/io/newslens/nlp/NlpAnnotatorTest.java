package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Analysis;
import io.newslens.io.Document;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpAnnotatorTest {
    private static NlpAnnotator nlp;

    @BeforeAll
    static void loadModels() {
        nlp = new NlpAnnotator();
    }

    private static List<String> sentences(String text) {
        Analysis analysis = new Analysis(new Document("t", text));
        nlp.annotate(analysis);
        return analysis.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviatedTitlesAndPlaceWordsEndNoSentence() {
        assertThat(sentences("Warrants name Sgt. Shawn Gibson and Lt. Col. Philip de Camp. Gov. Jerry Brown "
                + "flew to St. Louis and Mt. Hood."))
                .containsExactly("Warrants name Sgt. Shawn Gibson and Lt. Col. Philip de Camp.",
                        "Gov. Jerry Brown flew to St. Louis and Mt. Hood.");
    }

    @Test
    void anAbbreviationBeforeASentenceOpenerStillEndsTheSentence() {
        assertThat(sentences("They met on Main St. The rest went home.")).hasSize(2);
    }
}
