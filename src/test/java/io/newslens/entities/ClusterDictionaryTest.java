package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import opennlp.tools.util.featuregen.WordClusterDictionary;

/** {@link ClusterDictionary} answers as OpenNLP's dictionary does and writes its bytes back as read. */
class ClusterDictionaryTest {
    @ParameterizedTest
    @ValueSource(strings = {"wikinews-k100.clusters", "wikinews-k500.clusters"})
    void looksUpEveryShippedWordAsOpenNlpDoes(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = ClusterDictionary.class.getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        ClusterDictionary ours = new ClusterDictionary(new ByteArrayInputStream(bytes));
        WordClusterDictionary openNlp = new WordClusterDictionary(new ByteArrayInputStream(bytes));

        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSizeGreaterThan(1000);
        for (String line : lines) {
            String word = line.split(" ")[0];
            assertThat(ours.lookupToken(word)).as(word).isEqualTo(openNlp.lookupToken(word)).isNotNull();
            assertThat(ours.lookupToken(word + "\u00e9x")).isEqualTo(openNlp.lookupToken(word + "\u00e9x"));
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        ours.serialize(written);
        assertThat(written.toByteArray()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a c1\nb c2 17\r\nc\n d c3\ne  c4\nCafé c5\n😀 c6", "", "\n\n", "x"})
    void readsWellFormedLinesAndSkipsTheRest(String text) throws IOException {
        ClusterDictionary dictionary = new ClusterDictionary(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)));

        List<String> found = List.of("a", "b", "c", "d", " d", "e", "Café", "😀", "x").stream()
                .filter(w -> dictionary.lookupToken(w) != null)
                .map(w -> w + "=" + dictionary.lookupToken(w))
                .toList();
        assertThat(found).isEqualTo(text.startsWith("a") ? List.of("a=c1", "b=c2", "Café=c5", "😀=c6") : List.of());
    }
}
