package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class QuotesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Secretary of State Mike Pompeo met reporters on Monday. "
            + "\"We will not back down,\" he said. Critics called the plan \"reckless\" "
            + "and the so-called \"peace dividend\" was not mentioned.\n";

    @Test
    void csvHasOneRowPerQuoteWithSpeakerAndCue() {
        CliRun run = CliRun.runWithStdin(TEXT, "quotes");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("document,text,start,end,kind,speaker,speakerType,speakerMention,cue");
        assertThat(run.stdout()).contains("We will not back down,", "direct", "Mike Pompeo", "PERSON", "he", "said");
    }

    @Test
    void scareQuotesAreHiddenUnlessAskedFor() throws Exception {
        JsonNode hidden = JSON.readTree(CliRun.runWithStdin(TEXT, "quotes", "-f", "json").stdout());
        assertThat(hidden.path("quotes").findValuesAsText("text")).doesNotContain("peace dividend");
        JsonNode scare = JSON.readTree(CliRun.runWithStdin(TEXT, "quotes", "-f", "json", "--kind", "scare").stdout());
        assertThat(scare.path("quotes")).allSatisfy(q -> {
            assertThat(q.path("kind").asText()).isEqualTo("scare");
            assertThat(q.path("speaker").isNull()).isTrue();
        });
        assertThat(scare.path("quotes").findValuesAsText("text")).contains("peace dividend");
    }

    @Test
    void speakerFilterMatchesAnyAlias() throws Exception {
        JsonNode byAlias = JSON.readTree(CliRun.runWithStdin(TEXT, "quotes", "-f", "json", "--speaker", "pompeo").stdout());
        assertThat(byAlias.path("quotes")).isNotEmpty()
                .allSatisfy(q -> assertThat(q.path("speaker").asText()).isEqualTo("Mike Pompeo"));
        JsonNode nobody = JSON.readTree(CliRun.runWithStdin(TEXT, "quotes", "-f", "json", "--speaker", "Nobody").stdout());
        assertThat(nobody.path("quotes")).isEmpty();
    }

    @Test
    void offsetsAreCodePointsAndCoverTheQuote() throws Exception {
        String text = "😀 \"Fine,\" Anna Keller said.\n";
        JsonNode quote = JSON.readTree(CliRun.runWithStdin(text, "quotes", "-f", "json").stdout()).path("quotes").get(0);
        int start = quote.path("start").asInt();
        int end = quote.path("end").asInt();
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, start, end - start)).isEqualTo(quote.path("text").asText());
    }

    @Test
    void unknownKindIsAUsageError() {
        assertThat(CliRun.runWithStdin(TEXT, "quotes", "--kind", "gossip").exitCode()).isEqualTo(2);
    }
}
