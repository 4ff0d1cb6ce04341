package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
    private static Document document(Input input) {
        assertThat(input).isInstanceOf(Document.class);
        return (Document) input;
    }

    private static Problem problem(Input input) {
        assertThat(input).isInstanceOf(Problem.class);
        return (Problem) input;
    }

    @Test
    void readsIdAndText() {
        Document d = document(JsonLinesReader.parse("in.jsonl", 1, "{\"id\": \"a1\", \"text\": \"Iran said.\"}"));
        assertThat(d.id()).isEqualTo("a1");
        assertThat(d.text()).isEqualTo("Iran said.");
        assertThat(d.targets()).isEmpty();
    }

    @Test
    void missingIdBecomesSourceAndLine() {
        Document d = document(JsonLinesReader.parse("in.jsonl", 7, "{\"text\": \"x\"}"));
        assertThat(d.id()).isEqualTo("in.jsonl:7");
    }

    @Test
    void numericIdIsKeptAsText() {
        assertThat(document(JsonLinesReader.parse("s", 1, "{\"id\": 42, \"text\": \"x\"}")).id()).isEqualTo("42");
    }

    @Test
    void invalidJsonIsAProblemWithLineNumber() {
        Problem p = problem(JsonLinesReader.parse("in.jsonl", 3, "{\"text\": "));
        assertThat(p.source()).isEqualTo("in.jsonl");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).startsWith("not valid JSON");
        assertThat(p.describe()).startsWith("cannot read 'in.jsonl' line 3: not valid JSON");
    }

    @Test
    void nonObjectIsAProblem() {
        assertThat(problem(JsonLinesReader.parse("s", 2, "[1, 2]")).message())
                .isEqualTo("expected a JSON object with \"text\"");
        assertThat(problem(JsonLinesReader.parse("s", 2, "\"text\"")).message())
                .isEqualTo("expected a JSON object with \"text\"");
    }

    @Test
    void missingOrNonStringTextIsAProblem() {
        assertThat(problem(JsonLinesReader.parse("s", 1, "{\"id\": \"a\"}")).message())
                .isEqualTo("missing string field \"text\"");
        assertThat(problem(JsonLinesReader.parse("s", 1, "{\"text\": 5}")).message())
                .isEqualTo("missing string field \"text\"");
        assertThat(problem(JsonLinesReader.parse("s", 1, "{\"text\": null}")).message())
                .isEqualTo("missing string field \"text\"");
    }

    @Test
    void targetsAreReadWithIds() {
        Document d = document(JsonLinesReader.parse("s", 1,
                "{\"text\": \"Iran and Iraq\", \"targets\": [{\"id\": \"x\", \"start\": 0, \"end\": 4}, {\"start\": 9, \"end\": 13}]}"));
        assertThat(d.targets()).containsExactly(new Document.Target("x", 0, 4), new Document.Target("t2", 9, 13));
    }

    @Test
    void targetCodePointOffsetsBecomeUtf16AfterAnEmoji() {
        String text = "😀 Iran said.";
        Document d = document(JsonLinesReader.parse("s", 1,
                "{\"text\": \"😀 Iran said.\", \"targets\": [{\"id\": \"t\", \"start\": 2, \"end\": 6}]}"));
        Document.Target t = d.targets().get(0);
        assertThat(t.start()).isEqualTo(3);
        assertThat(t.end()).isEqualTo(7);
        assertThat(text.substring(t.start(), t.end())).isEqualTo("Iran");
    }

    @Test
    void targetAtTheEndOfTheTextIsAccepted() {
        Document d = document(JsonLinesReader.parse("s", 1,
                "{\"text\": \"a😀\", \"targets\": [{\"start\": 1, \"end\": 2}]}"));
        assertThat(d.targets()).containsExactly(new Document.Target("t1", 1, 3));
    }

    @Test
    void targetOutsideTheTextIsAProblem() {
        Problem p = problem(JsonLinesReader.parse("s", 4,
                "{\"text\": \"a😀\", \"targets\": [{\"start\": 0, \"end\": 3}]}"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("target [0,3) is outside the text (2 code points)");
    }

    @Test
    void reversedOrNegativeTargetIsAProblem() {
        assertThat(JsonLinesReader.parse("s", 1, "{\"text\": \"abc\", \"targets\": [{\"start\": 2, \"end\": 1}]}"))
                .isInstanceOf(Problem.class);
        assertThat(JsonLinesReader.parse("s", 1, "{\"text\": \"abc\", \"targets\": [{\"start\": -1, \"end\": 1}]}"))
                .isInstanceOf(Problem.class);
    }

    @Test
    void nonIntegerTargetOffsetsAreAProblem() {
        for (String target : new String[] {"{\"start\": 0.5, \"end\": 1}", "{\"start\": \"0\", \"end\": 1}",
            "{\"end\": 1}", "3", "{\"start\": 0, \"end\": 99999999999}"}) {
            Input input = JsonLinesReader.parse("s", 1, "{\"text\": \"abc\", \"targets\": [" + target + "]}");
            assertThat(input).as(target).isInstanceOf(Problem.class);
        }
    }

    @Test
    void targetsThatAreNotAnArrayAreAProblem() {
        assertThat(problem(JsonLinesReader.parse("s", 1, "{\"text\": \"abc\", \"targets\": {}}")).message())
                .isEqualTo("\"targets\" must be an array");
    }

    @Test
    void nullTargetsMeansNone() {
        assertThat(document(JsonLinesReader.parse("s", 1, "{\"text\": \"abc\", \"targets\": null}")).targets()).isEmpty();
    }
}
