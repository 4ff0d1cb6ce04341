package io.newslens.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newslens.analysis.Analysis;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.testing.TestPipelines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes quote predictions for PolNeAR documents in the format of {@code score.py}.
 *
 * <p>Usage: {@code PolnearExport GOLD.jsonl DOCS_DIR SPLIT OUT.jsonl}. Offsets are written as
 * code points. Consecutive direct quotations of one speaker in one paragraph ("“A,” he said.
 * “B.”") are written as one span, because PolNeAR annotates them as one attribution with
 * several fragments. Evaluation only: the corpus texts are never copied into the project.
 */
public final class PolnearExport {
    private PolnearExport() {
    }

    /** The shipped pipeline (name finder included), so the figures are what users get. */
    static Analyzer analyzer() {
        return TestPipelines.standard();
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args[0]);
        Path docs = Path.of(args[1]);
        Set<String> splits = Set.of(args[2].split(","));
        ObjectMapper json = new ObjectMapper();
        Analyzer analyzer = analyzer();
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode g = json.readTree(line);
                if (!splits.contains(g.path("split").asText())) {
                    continue;
                }
                String id = g.get("id").asText();
                String text = Files.readString(docs.resolve(id + ".txt"), StandardCharsets.UTF_8);
                Analysis a = analyzer.analyze(new Document(id, text), Set.of(Layer.QUOTES));
                out.println(json.writeValueAsString(prediction(json, id, text, merged(a.quotes(), text))));
            }
        }
    }

    private static ObjectNode prediction(ObjectMapper json, String id, String text, List<Quote> quotes) {
        ObjectNode doc = json.createObjectNode().put("id", id);
        ArrayNode array = doc.putArray("quotes");
        for (Quote q : quotes) {
            if (q.kind() == QuoteKind.SCARE) {
                continue;
            }
            ObjectNode o = array.addObject()
                    .put("start", text.codePointCount(0, q.content().start()))
                    .put("end", text.codePointCount(0, q.content().end()))
                    .put("speaker", q.speaker())
                    .put("kind", q.kind().label());
            if (q.speakerMention() != null) {
                o.put("speaker_start", text.codePointCount(0, q.speakerMention().start()))
                        .put("speaker_end", text.codePointCount(0, q.speakerMention().end()));
            }
        }
        return doc;
    }

    /** Joins consecutive direct quotations with the same speaker words within one paragraph. */
    static List<Quote> merged(List<Quote> quotes, String text) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == QuoteKind.DIRECT && q.kind() == QuoteKind.DIRECT
                    && q.speakerMention() != null && q.speakerMention().equals(last.speakerMention())
                    && Objects.equals(q.cue(), last.cue())
                    && text.substring(last.content().end(), q.content().start()).indexOf('\n') < 0) {
                out.set(out.size() - 1, new Quote(io.newslens.analysis.Span.of(text, last.content().start(),
                        q.content().end()), q.kind(), q.speaker(), q.speakerType(), q.speakerMention(), q.cue()));
            } else {
                out.add(q);
            }
        }
        return out;
    }
}
