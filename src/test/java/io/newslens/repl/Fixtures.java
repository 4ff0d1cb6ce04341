package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.AnnotatorFactory;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.io.Document;
import io.newslens.quotes.Quote;
import io.newslens.quotes.QuoteKind;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.Polarity;
import io.newslens.sentiment.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiny hand-made analyses for the shell's tests, with every layer and no model to load:
 * every capitalised word is a PERSON, every "..." a quote said by the last person named
 * before it.
 */
final class Fixtures {
    static final String MAYOR = "Okafor spoke. \"Buses first,\" she said. Reyes disagreed.";

    private Fixtures() {
    }

    /** An analyzer over a fake pipeline producing every layer the shell shows; counts the documents it analyses. */
    static Analyzer analyzer(AtomicInteger analysed) {
        return new Analyzer(List.of(new AnnotatorFactory(Set.of(),
                Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES, Layer.QUOTES, Layer.SENTIMENT), () -> new Annotator() {
                    @Override
                    public Set<Layer> requires() {
                        return Set.of();
                    }

                    @Override
                    public Set<Layer> produces() {
                        return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.ENTITIES, Layer.QUOTES, Layer.SENTIMENT);
                    }

                    @Override
                    public void annotate(Analysis analysis) {
                        analysed.incrementAndGet();
                        fill(analysis);
                    }
                })));
    }

    static Analysis analysis(String id, String text) {
        Analysis analysis = new Analysis(new Document(id, text));
        fill(analysis);
        return analysis;
    }

    private static void fill(Analysis analysis) {
        String text = analysis.text();
        Map<String, List<Mention>> people = new LinkedHashMap<>();
        List<Quote> quotes = new ArrayList<>();
        String last = null;
        Matcher m = Pattern.compile("\"[^\"]*\"|\\b[A-Z][a-z]+\\b").matcher(text);
        while (m.find()) {
            if (m.group().startsWith("\"")) {
                quotes.add(new Quote(Span.of(text, m.start() + 1, m.end() - 1), QuoteKind.DIRECT, last,
                        EntityType.PERSON, null, null));
            } else {
                last = m.group();
                people.computeIfAbsent(last, k -> new ArrayList<>())
                        .add(new Mention(last, EntityType.PERSON, m.start(), m.end()));
            }
        }
        List<Entity> entities = new ArrayList<>();
        List<ActorSentiment> sentiment = new ArrayList<>();
        people.forEach((name, mentions) -> {
            entities.add(new Entity(name, EntityType.PERSON, List.of(name), mentions));
            sentiment.add(new ActorSentiment(name, EntityType.PERSON, mentions.size(),
                    new Stance(0.25, Polarity.POSITIVE, List.of()), new Stance(0, Polarity.NEUTRAL, List.of())));
        });
        analysis.setTokens(List.of());
        analysis.setMentions(List.of());
        analysis.setEntities(entities);
        analysis.setQuotes(quotes);
        analysis.setSentiment(sentiment);
    }
}
