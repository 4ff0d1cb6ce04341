package io.newslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Washington condemned Iran for ordering deadly attacks on its embassy. "
            + "Iran was accused of lying about the attacks and of funding violent militias.\n";

    @Test
    void actorsGetTowardAndExpressedStancesWithEvidence() throws Exception {
        CliRun run = CliRun.runWithStdin(TEXT, "sentiment", "-f", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode iran = actor(JSON.readTree(run.stdout()), "Iran");
        assertThat(iran.path("type").asText()).isEqualTo("GPE");
        assertThat(iran.path("toward").path("label").asText()).isEqualTo("negative");
        assertThat(iran.path("toward").path("score").asDouble()).isBetween(-1.0, 0.0);
        assertThat(iran.path("toward").path("evidence")).isNotEmpty();
        assertThat(iran.path("expressed").path("label").asText()).isEqualTo("neutral");
    }

    @Test
    void csvFlattensTheStances() {
        CliRun run = CliRun.runWithStdin(TEXT, "sentiment");
        assertThat(run.stdout()).startsWith(
                "document,actor,type,mentions,towardScore,towardLabel,expressedScore,expressedLabel");
        assertThat(run.stdout()).contains(",Iran,GPE,2,");
    }

    @Test
    void actorFilterKeepsOnlyThatActor() throws Exception {
        JsonNode doc = JSON.readTree(CliRun.runWithStdin(TEXT, "sentiment", "-f", "json", "--actor", "iran").stdout());
        assertThat(doc.path("sentiment").findValuesAsText("actor")).containsExactly("Iran");
    }

    @Test
    void jsonLinesTargetsGetOneLabelEach(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("targets.jsonl");
        Files.writeString(input, """
                {"id":"s1","text":"😀 The senator was praised for her brave and generous leadership.","targets":[{"id":"t1","start":6,"end":13}]}
                {"id":"s2","text":"Critics slammed the minister as corrupt and incompetent.","targets":[{"id":"t2","start":20,"end":28}]}
                """);
        CliRun run = CliRun.run("sentiment", input.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout().lines()).containsExactly("document,id,label,score",
                run.stdout().lines().skip(1).filter(l -> l.startsWith("s1,t1,positive,")).findFirst().orElse("s1 missing"),
                run.stdout().lines().skip(1).filter(l -> l.startsWith("s2,t2,negative,")).findFirst().orElse("s2 missing"));
    }

    private static JsonNode actor(JsonNode doc, String name) {
        for (JsonNode a : doc.path("sentiment")) {
            if (a.path("actor").asText().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("no actor " + name + " in " + doc);
    }
}
