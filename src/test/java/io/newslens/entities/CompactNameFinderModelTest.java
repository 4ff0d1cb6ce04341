package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.CompactModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** The shipped name finder, loaded with a {@link CompactModel}, tags exactly as OpenNLP's reading of it. */
class CompactNameFinderModelTest {
    @Test
    void shippedModelTagsSentencesExactlyAsOpenNlpLoadsIt() throws IOException {
        TokenNameFinderModel fast = NameFinderModels.loadShipped();
        ClusterFeatureGeneratorFactory.allow();
        TokenNameFinderModel plain;
        try (InputStream in = NameFinderModels.class.getResourceAsStream(NameFinderModels.SHIPPED)) {
            plain = new TokenNameFinderModel(in);
        }
        assertThat(fast.getArtifact("nameFinder.model") instanceof CompactModel).isTrue();
        NameFinderME fastFinder = new NameFinderME(fast);
        NameFinderME plainFinder = new NameFinderME(plain);
        for (String sentence : List.of(
                "Secretary of State Mike Pompeo met Justin Trudeau in Ottawa on Tuesday .",
                "THE ISLAMIC REVOLUTIONARY GUARD CORPS SAID IT WOULD RESPOND .",
                "Tesco sold its 301 Polish stores to Salling Group for £ 181 million .",
                "Gov. Andrew Cuomo told reporters in Albany that the New York Stock Exchange would reopen .")) {
            String[] tokens = sentence.split(" ");
            Span[] expected = plainFinder.find(tokens);
            assertThat(fastFinder.find(tokens)).as(sentence).containsExactly(expected);
            assertThat(fastFinder.probs()).containsExactly(plainFinder.probs());
            assertThat(expected).isNotEmpty();
        }
    }
}
