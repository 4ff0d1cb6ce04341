package io.newslens.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.quotes.Quote;
import io.newslens.quotes.QuoteKind;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON and JSON Lines escape every control character and parse back to the same strings. */
class JsonEscapingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NASTY = "a\u0000b\u0001\u0007\u001b\u001f\t\r\n\"\\\u2028\u2029😀\u202Ez";

    @Test
    void jsonLinesEscapesControlCharacters() throws IOException {
        StringWriter out = new StringWriter();
        JsonLinesReportWriter writer = new JsonLinesReportWriter(out);
        writer.write(report());
        writer.write(report());
        writer.close();
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3).endsWith("");
        assertThat(lines[0].chars().filter(c -> c < 0x20)).as("raw control characters in a line").isEmpty();
        checkRoundTrip(JSON.readTree(lines[0]));
    }

    @Test
    void jsonEscapesControlCharacters() throws IOException {
        StringWriter out = new StringWriter();
        JsonReportWriter writer = new JsonReportWriter(out);
        writer.write(report());
        writer.close();
        assertThat(out.toString().chars().filter(c -> c < 0x20 && c != '\n' && c != ' ')).isEmpty();
        checkRoundTrip(JSON.readTree(out.toString()));
    }

    private static void checkRoundTrip(JsonNode node) {
        assertThat(node.get("document").asText()).isEqualTo(NASTY);
        assertThat(node.get("entities").get(0).get("name").asText()).isEqualTo(NASTY);
        assertThat(node.get("entities").get(0).get("mentions").get(0).get("text").asText()).isEqualTo(NASTY);
        assertThat(node.get("quotes").get(0).get("text").asText()).isEqualTo(NASTY);
        assertThat(node.get("quotes").get(0).get("speaker").asText()).isEqualTo(NASTY);
    }

    private static Report report() {
        int n = NASTY.length();
        Mention mention = new Mention(NASTY, EntityType.PERSON, 0, n);
        Entity entity = new Entity(NASTY, EntityType.PERSON, List.of(NASTY), List.of(mention));
        Quote quote = new Quote(new Span(NASTY, n, 2 * n), QuoteKind.DIRECT, NASTY, EntityType.PERSON, null, null);
        return new Report(NASTY, NASTY + NASTY, List.of(entity), List.of(quote), null, null);
    }
}
