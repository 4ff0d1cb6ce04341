package io.newslens.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC JSON Lines: {@code {"id", "text", "targets": [{"start", "end", "label"}]}}.
 *
 * <p>Offsets are end-exclusive UTF-16 offsets (the data has no characters outside the BMP, so
 * they equal code points). A malformed line is a data error: the exception names file and line.
 */
public final class NewsMtscReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtscReader() {
    }

    /** Every target of every sentence in {@code file}, in file order. */
    public static List<LabelledTarget> read(Path file) throws IOException {
        List<LabelledTarget> targets = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    addTargets(JSON.readTree(line), targets);
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return targets;
    }

    private static void addTargets(JsonNode sentence, List<LabelledTarget> out) {
        String id = sentence.path("id").asText();
        String text = sentence.get("text").asText();
        for (JsonNode t : sentence.get("targets")) {
            out.add(new LabelledTarget(id, text, t.get("start").asInt(), t.get("end").asInt(),
                    Polarity.parse(t.get("label").asText())));
        }
    }
}
