package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import opennlp.tools.util.InvalidFormatException;

class GazetteerDictionaryTest {
    private static final GazetteerDictionary DICTIONARY = new GazetteerDictionary(Map.of("São Tomé", "capital",
            "Papua New Guinea", "country", "Iranian", "demonym"));

    @Test
    void serializerRoundTripsAndWritesSortedLinesWithoutClosingTheStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new GazetteerDictionary.Serializer().serialize(DICTIONARY, out);

        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("Iranian\tdemonym\nPapua New Guinea\tcountry\nSão Tomé\tcapital\n");
        GazetteerDictionary read = new GazetteerDictionary.Serializer().create(
                new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read).isEqualTo(DICTIONARY);
        assertThat(read.kind("São Tomé")).isEqualTo("capital");
        assertThat(read.maxWords()).isEqualTo(3);
        assertThat(read.size()).isEqualTo(3);
    }

    @Test
    void knowsWhichWordsStartALongerPhrase() {
        assertThat(DICTIONARY.isPrefix("Papua")).isTrue();
        assertThat(DICTIONARY.isPrefix("Papua New")).isTrue();
        assertThat(DICTIONARY.isPrefix("Papua New Guinea")).isFalse();
        assertThat(DICTIONARY.isPrefix("Iranian")).isFalse();
        assertThat(DICTIONARY.isPrefix("São")).isTrue();
    }

    @Test
    void theShippedListsRoundTrip() throws IOException {
        GazetteerDictionary shipped = GazetteerDictionary.of(Gazetteer.shared(), ShippedFeatures.GAZETTEER_CLASSES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        shipped.write(bytes);

        assertThat(GazetteerDictionary.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(shipped);
        assertThat(shipped.size()).isGreaterThan(1000);
    }

    @Test
    void theSerializerClassIsTheOneModelsName() {
        // Stored in models' manifests: renaming it breaks loading them.
        assertThat(DICTIONARY.getArtifactSerializerClass().getName())
                .isEqualTo("io.newslens.entities.GazetteerDictionary$Serializer");
    }

    @Test
    void aMalformedLineIsReportedWithItsNumber() {
        byte[] bytes = "Iranian\tdemonym\n\nno tab here\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GazetteerDictionary.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("line 3");
    }

    @Test
    void entriesThatCannotBeWrittenAreRefused() {
        assertThatThrownBy(() -> new GazetteerDictionary(Map.of("a\tb", "city")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kinds");
        assertThatThrownBy(() -> GazetteerDictionary.of(Gazetteer.shared(), List.of("river")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classes");
    }
}
