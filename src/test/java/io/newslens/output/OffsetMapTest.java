package io.newslens.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.analysis.Analysis;
import io.newslens.entities.Entity;
import io.newslens.testing.TestPipelines;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void offsetsAreUnchangedWithoutSurrogatePairs() {
        OffsetMap map = new OffsetMap("Tomás said.");
        for (int i = 0; i <= 11; i++) {
            assertThat(map.toCodePoints(i)).isEqualTo(i);
        }
    }

    @Test
    void surrogatePairCountsAsOneCodePoint() {
        String text = "a😀b😀c";
        OffsetMap map = new OffsetMap(text);
        assertThat(map.toCodePoints(0)).isZero();
        assertThat(map.toCodePoints(1)).isEqualTo(1);
        assertThat(map.toCodePoints(3)).isEqualTo(2);
        assertThat(map.toCodePoints(4)).isEqualTo(3);
        assertThat(map.toCodePoints(6)).isEqualTo(4);
        assertThat(map.toCodePoints(text.length())).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void agreesWithCodePointCountAtEveryBoundary() {
        String text = "😀 Iran 🇮🇷 said 𝒳 — ok";
        OffsetMap map = new OffsetMap(text);
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || !Character.isLowSurrogate(text.charAt(i))) {
                assertThat(map.toCodePoints(i)).as("offset %d", i).isEqualTo(text.codePointCount(0, i));
            }
        }
    }

    @Test
    void jsonMentionOffsetsAreCodePoints() {
        String text = "😀 Iran said.";
        Analysis analysis = TestPipelines.entities(text);
        Entity iran = analysis.entities().stream().filter(e -> e.name().equals("Iran")).findFirst().orElseThrow();
        assertThat(iran.mentions().get(0).start()).as("UTF-16 offset inside the analysis").isEqualTo(3);

        JsonNode json = JsonReports.toJson(new Report("d", text, analysis.entities(), null, null, null));
        JsonNode mention = null;
        for (JsonNode entity : json.get("entities")) {
            if (entity.get("name").asText().equals("Iran")) {
                mention = entity.get("mentions").get(0);
            }
        }
        assertThat(mention).isNotNull();
        assertThat(mention.get("text").asText()).isEqualTo("Iran");
        assertThat(mention.get("start").asInt()).isEqualTo(2);
        assertThat(mention.get("end").asInt()).isEqualTo(6);
    }
}
