package io.newslens.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses one line of JSON Lines input: {@code {"id": "...", "text": "...", "targets":
 * [{"id", "start", "end"}]}}, target offsets in code points. A bad line is a {@link Problem}
 * with its line number; the other lines are still read.
 */
public final class JsonLinesReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesReader() {
    }

    /** @param lineNumber 1-based, also the id when the line has none */
    public static Input parse(String source, int lineNumber, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Problem(source, lineNumber, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return new Problem(source, lineNumber, "expected a JSON object with \"text\"");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return new Problem(source, lineNumber, "missing string field \"text\"");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : source + ":" + lineNumber;
        List<Document.Target> targets = new ArrayList<>();
        JsonNode list = node.get("targets");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                return new Problem(source, lineNumber, "\"targets\" must be an array");
            }
            for (JsonNode target : list) {
                String error = addTarget(target, text.asText(), targets);
                if (error != null) {
                    return new Problem(source, lineNumber, error);
                }
            }
        }
        return new Document(id, text.asText(), targets);
    }

    private static String addTarget(JsonNode target, String text, List<Document.Target> out) {
        if (!target.isObject() || !target.path("start").canConvertToInt() || !target.path("end").canConvertToInt()
                || !target.path("start").isIntegralNumber() || !target.path("end").isIntegralNumber()) {
            return "each target needs integer \"start\" and \"end\"";
        }
        int start = target.get("start").asInt();
        int end = target.get("end").asInt();
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end < start || end > length) {
            return "target [" + start + "," + end + ") is outside the text (" + length + " code points)";
        }
        String id = target.hasNonNull("id") ? target.get("id").asText() : "t" + (out.size() + 1);
        out.add(new Document.Target(id, text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        return null;
    }
}
