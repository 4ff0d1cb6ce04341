package io.newslens.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.entities.Mention;
import io.newslens.quotes.Quote;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.Stance;
import io.newslens.sentiment.TargetSentiment;

/** Builds the JSON object of DESIGN's output contract from a {@link Report}; offsets in code points. */
public final class JsonReports {
    static final ObjectMapper JSON = new ObjectMapper();

    private JsonReports() {
    }

    public static ObjectNode toJson(Report report) {
        OffsetMap offsets = new OffsetMap(report.text());
        ObjectNode root = JSON.createObjectNode();
        root.put("document", report.document());
        if (report.entities() != null) {
            ArrayNode list = root.putArray("entities");
            report.entities().forEach(e -> list.add(entity(e, offsets)));
        }
        if (report.quotes() != null) {
            ArrayNode list = root.putArray("quotes");
            report.quotes().forEach(q -> list.add(quote(q, offsets)));
        }
        if (report.sentiment() != null) {
            ArrayNode list = root.putArray("sentiment");
            report.sentiment().forEach(s -> list.add(actor(s, offsets)));
        }
        if (report.targets() != null) {
            ArrayNode list = root.putArray("targets");
            report.targets().forEach(t -> list.add(target(t)));
        }
        return root;
    }

    private static ObjectNode entity(Entity e, OffsetMap offsets) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", e.name());
        node.put("type", e.type().name());
        node.put("count", e.count());
        ArrayNode aliases = node.putArray("aliases");
        e.aliases().forEach(aliases::add);
        ArrayNode mentions = node.putArray("mentions");
        for (Mention m : e.mentions()) {
            mentions.add(span(m.text(), m.start(), m.end(), offsets));
        }
        return node;
    }

    private static ObjectNode quote(Quote q, OffsetMap offsets) {
        ObjectNode node = span(q.content().text(), q.content().start(), q.content().end(), offsets);
        node.put("kind", q.kind().label());
        node.put("speaker", q.speaker());
        node.put("speakerType", q.speakerType() == null ? null : q.speakerType().name());
        node.set("speakerMention", q.speakerMention() == null ? null : span(q.speakerMention(), offsets));
        node.set("cue", q.cue() == null ? null : span(q.cue(), offsets));
        return node;
    }

    private static ObjectNode actor(ActorSentiment s, OffsetMap offsets) {
        ObjectNode node = JSON.createObjectNode();
        node.put("actor", s.actor());
        node.put("type", s.type().name());
        node.put("mentions", s.mentions());
        node.set("toward", stance(s.toward(), offsets));
        node.set("expressed", stance(s.expressed(), offsets));
        return node;
    }

    private static ObjectNode stance(Stance stance, OffsetMap offsets) {
        ObjectNode node = JSON.createObjectNode();
        node.put("score", round(stance.score()));
        node.put("label", stance.label().label());
        ArrayNode evidence = node.putArray("evidence");
        stance.evidence().forEach(span -> evidence.add(span(span, offsets)));
        return node;
    }

    private static ObjectNode target(TargetSentiment t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", t.id());
        node.put("label", t.label().label());
        node.put("score", round(t.score()));
        return node;
    }

    private static ObjectNode span(Span span, OffsetMap offsets) {
        return span(span.text(), span.start(), span.end(), offsets);
    }

    private static ObjectNode span(String text, int start, int end, OffsetMap offsets) {
        ObjectNode node = JSON.createObjectNode();
        node.put("text", text);
        node.put("start", offsets.toCodePoints(start));
        node.put("end", offsets.toCodePoints(end));
        return node;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
