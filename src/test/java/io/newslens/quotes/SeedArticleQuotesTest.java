package io.newslens.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article against its hand-made gold ({@code ../shared}; skipped when absent), with the
 * gold's own rules: a quote matches when it overlaps the gold text, a speaker when its name
 * contains one of {@code speaker_any}.
 */
class SeedArticleQuotesTest {
    private static String text;
    private static JsonNode gold;
    private static List<Quote> quotes;

    @BeforeAll
    static void analyse() throws Exception {
        Path shared = Path.of(System.getProperty("newslens.shared", "../shared"));
        Path article = shared.resolve("seed/iran-iraq-analysis.txt");
        assumeTrue(Files.exists(article), "../shared is absent");
        text = Files.readString(article);
        gold = new ObjectMapper().readTree(shared.resolve("gold/iran-iraq-analysis.gold.json").toFile());
        Analysis a = PolnearExport.analyzer().analyze(new Document("seed", text), Set.of(Layer.QUOTES));
        QuoteInvariants.check(a);
        quotes = a.quotes();
    }

    @Test
    void everyDirectQuoteIsFoundWithItsSpeaker() {
        List<String> missed = new ArrayList<>();
        for (JsonNode d : gold.get("direct_quotes")) {
            if (!found("“" + d.get("text").asText(), d.get("speaker_any"))) { // the quoted occurrence
                missed.add(d.get("id").asText());
            }
        }
        assertThat(missed).as("direct quotes missed or misattributed").isEmpty();
    }

    @Test
    void scareQuoteHasNoSpeaker() {
        int at = text.indexOf("“resistance groups”") + 1;
        assertThat(quotes).filteredOn(q -> q.content().overlaps(at, at + "resistance groups".length()))
                .allSatisfy(q -> assertThat(q.speaker()).isNull());
    }

    @Test
    void atLeastSevenOfEightIndirectQuotesWithSpeakers() {
        List<String> found = new ArrayList<>();
        for (JsonNode i : gold.get("indirect_quotes")) {
            if (found(i.get("contains").asText(), i.get("speaker_any"))) {
                found.add(i.get("id").asText());
            }
        }
        assertThat(found).hasSizeGreaterThanOrEqualTo(7);
    }

    /** True when a non-scare quote overlaps {@code goldText} in the article and has a matching speaker. */
    private static boolean found(String goldText, JsonNode speakerAny) {
        int start = text.indexOf(goldText);
        assertThat(start).as("gold text in the article: %s", goldText).isGreaterThanOrEqualTo(0);
        int end = start + goldText.length();
        return quotes.stream().anyMatch(q -> q.kind() != QuoteKind.SCARE && q.content().overlaps(start, end)
                && speakerMatches(q.speaker(), speakerAny));
    }

    private static boolean speakerMatches(String speaker, JsonNode speakerAny) {
        if (speaker == null) {
            return false;
        }
        String name = speaker.toLowerCase(Locale.ROOT);
        for (JsonNode s : speakerAny) {
            if (name.contains(s.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
