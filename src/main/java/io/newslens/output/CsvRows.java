package io.newslens.output;

import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.quotes.Quote;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.TargetSentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV rows of a report: one row per item of its one section, the JSON field names as
 * the header, nested objects flattened ({@code speakerMention} → its text, {@code toward} →
 * {@code towardScore}, {@code towardLabel}). Offsets are code points.
 */
public enum CsvRows {
    ENTITIES(List.of("document", "name", "type", "count", "aliases")) {
        @Override
        List<List<Object>> rows(Report r, OffsetMap offsets) {
            List<List<Object>> rows = new ArrayList<>();
            for (Entity e : r.entities()) {
                rows.add(List.of(r.document(), e.name(), e.type().name(), e.count(), String.join("|", e.aliases())));
            }
            return rows;
        }
    },
    QUOTES(List.of("document", "text", "start", "end", "kind", "speaker", "speakerType", "speakerMention", "cue")) {
        @Override
        List<List<Object>> rows(Report r, OffsetMap offsets) {
            List<List<Object>> rows = new ArrayList<>();
            for (Quote q : r.quotes()) {
                rows.add(java.util.Arrays.asList(r.document(), q.content().text(),
                        offsets.toCodePoints(q.content().start()), offsets.toCodePoints(q.content().end()),
                        q.kind().label(), q.speaker(), q.speakerType() == null ? null : q.speakerType().name(),
                        text(q.speakerMention()), text(q.cue())));
            }
            return rows;
        }
    },
    SENTIMENT(List.of("document", "actor", "type", "mentions", "towardScore", "towardLabel",
            "expressedScore", "expressedLabel")) {
        @Override
        List<List<Object>> rows(Report r, OffsetMap offsets) {
            List<List<Object>> rows = new ArrayList<>();
            for (ActorSentiment s : r.sentiment()) {
                rows.add(List.of(r.document(), s.actor(), s.type().name(), s.mentions(),
                        JsonReports.round(s.toward().score()), s.toward().label().label(),
                        JsonReports.round(s.expressed().score()), s.expressed().label().label()));
            }
            return rows;
        }
    },
    TARGETS(List.of("document", "id", "label", "score")) {
        @Override
        List<List<Object>> rows(Report r, OffsetMap offsets) {
            List<List<Object>> rows = new ArrayList<>();
            for (TargetSentiment t : r.targets()) {
                rows.add(List.of(r.document(), t.id(), t.label().label(), JsonReports.round(t.score())));
            }
            return rows;
        }
    };

    private final List<String> header;

    CsvRows(List<String> header) {
        this.header = header;
    }

    public List<String> header() {
        return header;
    }

    abstract List<List<Object>> rows(Report report, OffsetMap offsets);

    private static String text(Span span) {
        return span == null ? null : span.text();
    }
}
