package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.nlp.CompactModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The shipped name finder, loaded with a {@link CompactModel}, tags exactly as OpenNLP's reading
 * of it, and saves as a model OpenNLP reads.
 */
class CompactNameFinderModelTest {
    @TempDir
    Path dir;

    @Test
    void shippedModelTagsSentencesExactlyAsOpenNlpLoadsIt() throws IOException {
        TokenNameFinderModel fast = NameFinderModels.loadShipped();

        assertThat(fast.getArtifact("nameFinder.model") instanceof CompactModel).isTrue();
        assertTagsAlike(fast, readByOpenNlp());
    }

    @Test
    void savedAgainItIsAModelOpenNlpReadsAndTagsTheSame() throws IOException {
        Path saved = dir.resolve("again.bin");
        NameFinderModels.save(NameFinderModels.loadShipped(), saved);

        assertTagsAlike(NameFinderModels.load(saved), readByOpenNlp());
    }

    private static TokenNameFinderModel readByOpenNlp() throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        try (InputStream in = NameFinderModels.class.getResourceAsStream(NameFinderModels.SHIPPED)) {
            return new TokenNameFinderModel(in);
        }
    }

    private static void assertTagsAlike(TokenNameFinderModel fast, TokenNameFinderModel plain) {
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
