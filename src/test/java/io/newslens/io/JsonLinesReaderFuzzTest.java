package io.newslens.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property tests with fixed seeds: any line, however broken, gives a Document or a Problem
 * with the right line number and never an exception; valid code-point targets map to the same
 * code points in UTF-16.
 */
class JsonLinesReaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PIECES = {"Iran", " ", "said", "😀", "é", "🇮🇷", "\"", "\\", "\n", "’", "{", "}",
        "[", "]", ":", ",", "null", "0", "-1", "1e3", "\u0000", "\uD800", "Tomás", "U.S.-led", "\t"};
    private static final String[] MUTATIONS = {"{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "null", "-", "0",
        "1.5", "true", "😀", "\uDC00", "targets", "start", "end", " "};

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static String validLine(Random random) {
        ObjectNode node = JSON.createObjectNode();
        if (random.nextBoolean()) {
            node.put("id", "d" + random.nextInt(100));
        }
        String text = randomText(random);
        node.put("text", text);
        if (random.nextBoolean()) {
            ArrayNode targets = node.putArray("targets");
            int length = text.codePointCount(0, text.length());
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                ObjectNode t = targets.addObject();
                int a = random.nextInt(length + 3) - 1;
                int b = random.nextInt(length + 3) - 1;
                t.put("start", Math.min(a, b));
                t.put("end", Math.max(a, b));
            }
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String mutate(Random random, String line) {
        StringBuilder s = new StringBuilder(line);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, MUTATIONS[random.nextInt(MUTATIONS.length)]);
                case 1 -> {
                    if (at < s.length()) {
                        s.deleteCharAt(at);
                    }
                }
                default -> s.setLength(Math.min(at, s.length()));
            }
        }
        return s.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20260101L, 987654321L})
    void anyLineGivesADocumentOrAProblemWithItsLineNumber(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            int lineNumber = i + 1;
            String line = random.nextInt(3) == 0 ? validLine(random) : mutate(random, validLine(random));
            Input[] result = new Input[1];
            assertThatCode(() -> result[0] = JsonLinesReader.parse("fuzz.jsonl", lineNumber, line))
                    .as("seed %d line %d: %s", seed, lineNumber, line).doesNotThrowAnyException();
            Input input = result[0];
            assertThat(input).as(line).isNotNull().isInstanceOfAny(Document.class, Problem.class);
            if (input instanceof Problem p) {
                assertThat(p.line()).isEqualTo(lineNumber);
                assertThat(p.source()).isEqualTo("fuzz.jsonl");
                assertThat(p.message()).isNotBlank();
            } else {
                Document d = (Document) input;
                for (Document.Target t : d.targets()) {
                    assertThat(t.start()).isBetween(0, d.text().length());
                    assertThat(t.end()).isBetween(t.start(), d.text().length());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7L, 99L, 31337L})
    void codePointTargetsMapToTheSameTextInUtf16(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            String text = "😀" + randomText(random) + "Iran" + randomText(random);
            int[] codePoints = text.codePoints().toArray();
            int start = random.nextInt(codePoints.length + 1);
            int end = start + random.nextInt(codePoints.length - start + 1);
            ObjectNode node = JSON.createObjectNode();
            node.put("text", text);
            node.putArray("targets").addObject().put("id", "t").put("start", start).put("end", end);
            Input input = JsonLinesReader.parse("s", 1, node.toString());
            assertThat(input).as(node.toString()).isInstanceOf(Document.class);
            Document.Target t = ((Document) input).targets().get(0);
            String expected = new String(codePoints, start, end - start);
            assertThat(((Document) input).text().substring(t.start(), t.end())).isEqualTo(expected);
        }
    }
}
