package io.newslens.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an OpenNLP name-finder file into documents with character-offset gold names. */
class MentionSpanEvaluationTest {
    @Test
    void namesBecomeCharacterSpansOfTheirDocument(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("test.txt");
        Files.writeString(file, """
                <START:person> Ann Lee <END> went to <START:location> Oslo <END> .
                She met <START:organization> Acme <END> staff .

                <START:location> Peru <END> won .
                """, StandardCharsets.UTF_8);
        List<MentionSpanEvaluation.GoldDocument> docs = MentionSpanEvaluation.documents(file);
        assertThat(docs).hasSize(2);
        String first = docs.get(0).text();
        assertThat(first).isEqualTo("Ann Lee went to Oslo .\nShe met Acme staff .\n");
        assertThat(docs.get(0).names()).extracting(s -> first.substring(s.getStart(), s.getEnd()) + "/" + s.getType())
                .containsExactlyInAnyOrder("Ann Lee/person", "Oslo/location", "Acme/organization");
        assertThat(docs.get(1).names()).containsExactly(new Span(0, 4, "location"));
    }
}
