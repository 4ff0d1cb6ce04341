package io.newslens.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.quotes.Quote;
import io.newslens.quotes.QuoteKind;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.Polarity;
import io.newslens.sentiment.Stance;
import io.newslens.sentiment.TargetSentiment;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every free-text CSV column of every section is guarded against formula injection: a report
 * whose every string starts with a formula character comes out with none left unguarded.
 */
class CsvSafetyTest {
    /** Columns that hold no input text: enums and numbers. */
    private static final Set<String> NOT_FREE_TEXT = Set.of("type", "count", "start", "end", "kind", "speakerType",
            "mentions", "towardScore", "towardLabel", "expressedScore", "expressedLabel", "label", "score");
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1");

    @ParameterizedTest
    @EnumSource(CsvRows.class)
    void everyFreeTextCellIsGuarded(CsvRows section) throws IOException {
        for (String evil : HOSTILE) {
            StringWriter out = new StringWriter();
            CsvReportWriter writer = new CsvReportWriter(out, section);
            writer.write(report(evil));
            writer.close();
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out.toString()))) {
                List<CSVRecord> records = parser.getRecords();
                assertThat(records).as("rows of %s", section).isNotEmpty();
                for (CSVRecord record : records) {
                    for (String column : section.header()) {
                        String cell = record.get(column);
                        if (!NOT_FREE_TEXT.contains(column)) {
                            assertThat(cell).as("%s.%s", section, column).isEqualTo("'" + evil);
                        }
                    }
                }
            }
        }
    }

    /** A report where every string field is {@code evil} (the text is {@code evil} repeated). */
    private static Report report(String evil) {
        String text = evil.repeat(4);
        int n = evil.length();
        Mention mention = new Mention(evil, EntityType.PERSON, 0, n);
        Entity entity = new Entity(evil, EntityType.PERSON, List.of(evil), List.of(mention));
        Span span = new Span(evil, n, 2 * n);
        Quote quote = new Quote(span, QuoteKind.DIRECT, evil, EntityType.PERSON, new Span(evil, 0, n),
                new Span(evil, 2 * n, 3 * n));
        Stance stance = new Stance(0.5, Polarity.POSITIVE, List.of(span));
        ActorSentiment actor = new ActorSentiment(evil, EntityType.PERSON, 1, stance, stance);
        TargetSentiment target = new TargetSentiment(evil, Polarity.NEGATIVE, -0.5);
        return new Report(evil, text, List.of(entity), List.of(quote), List.of(actor), List.of(target));
    }
}
