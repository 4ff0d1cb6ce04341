package io.newslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.entities.Entity;
import io.newslens.entities.Mention;
import io.newslens.io.Document;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import io.newslens.testing.Samples;
import io.newslens.testing.TestPipelines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The base check of STYLE practice 10, run on every sample article and on a few awkward texts:
 * offsets are in range and cover the text they claim, tokens and sentences are ordered and do
 * not overlap, mentions are not duplicated, entity counts add up to the mentions.
 */
class AnnotatorInvariantsTest {
    static Stream<Path> samples() {
        return Samples.texts().stream();
    }

    @Test
    void samplesFolderIsNotEmpty() {
        assertThat(Samples.texts()).hasSizeGreaterThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void samplesKeepTheInvariants(Path sample) throws IOException {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        checkInvariants(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "😀 Iran said.", "Iran’s U.S.-led IRGC-backed al-Abadi.",
        "A\r\nB said.\rC", "\"\"\" ’’ --- ...", "Tomás 🇮🇷 Herrera said 𝒳 to Al-Sayed."})
    void awkwardTextsKeepTheInvariants(String text) {
        checkInvariants(text);
    }

    static void checkInvariants(String text) {
        checkInvariants(TestPipelines.standard().analyze(new Document("t", text), Set.of(Layer.ENTITIES)));
    }

    /** Checks the tokens, sentences, mentions and entities of an analysis that has them. */
    static void checkInvariants(Analysis analysis) {
        String text = analysis.text();
        int length = text.length();

        List<Token> tokens = analysis.tokens();
        int previousEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("token %s", t).isBetween(0, length - 1);
            assertThat(t.end()).as("token %s", t).isGreaterThan(t.start()).isLessThanOrEqualTo(length);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.start()).as("token %s starts after the previous one ends", t).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = t.end();
        }

        List<Sentence> sentences = analysis.sentences();
        int sentenceEnd = 0;
        int nextToken = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).as("sentence %s", s).isGreaterThanOrEqualTo(sentenceEnd).isLessThan(s.end());
            assertThat(s.end()).isLessThanOrEqualTo(length);
            assertThat(s.firstToken()).as("sentence %s token range", s).isEqualTo(nextToken);
            assertThat(s.endToken()).isGreaterThan(s.firstToken()).isLessThanOrEqualTo(tokens.size());
            for (Token t : analysis.tokens(s)) {
                assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(t.end()).isLessThanOrEqualTo(s.end());
            }
            sentenceEnd = s.end();
            nextToken = s.endToken();
        }
        assertThat(nextToken).as("every token is in a sentence").isEqualTo(tokens.size());

        List<Mention> mentions = analysis.mentions();
        for (Mention m : mentions) {
            assertThat(m.start()).as("mention %s", m).isBetween(0, length - 1);
            assertThat(m.end()).as("mention %s", m).isGreaterThan(m.start()).isLessThanOrEqualTo(length);
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.type()).isNotNull();
        }
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(sorted.get(i).start()).as("mentions %s and %s overlap", sorted.get(i - 1), sorted.get(i))
                    .isGreaterThanOrEqualTo(sorted.get(i - 1).end());
        }

        List<Entity> entities = analysis.entities();
        int total = 0;
        Set<Integer> starts = new HashSet<>();
        for (Entity e : entities) {
            assertThat(e.count()).as("entity %s", e.name()).isEqualTo(e.mentions().size()).isPositive();
            assertThat(e.aliases()).isNotEmpty().doesNotHaveDuplicates().isSorted();
            for (Mention m : e.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(e.aliases()).contains(m.text());
                assertThat(m.type()).isEqualTo(e.type());
                assertThat(starts.add(m.start())).as("mention at %d in one entity only", m.start()).isTrue();
            }
            total += e.count();
        }
        assertThat(total).as("entity counts sum to the mentions").isEqualTo(mentions.size());
        for (int i = 1; i < entities.size(); i++) {
            assertThat(entities.get(i).count()).as("most-mentioned first").isLessThanOrEqualTo(entities.get(i - 1).count());
        }
    }
}
