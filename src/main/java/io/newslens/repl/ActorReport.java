package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Layer;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.quotes.Quote;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.Stance;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything the loaded documents say about one actor ({@code who NAME}): where and how often
 * it is mentioned, the names it goes by, what it said and how it is portrayed, the last two
 * only when those layers were produced.
 *
 * <p>An actor is an entity's canonical name and type, as {@code entities --corpus} merges
 * them; quotes and sentiment belong to it when their speaker or actor is that name.
 */
final class ActorReport {
    private record Key(String name, EntityType type) {
    }

    private record Said(String document, Quote quote) {
    }

    private record Portrayal(String document, ActorSentiment sentiment) {
    }

    private final Key key;
    private final TreeSet<String> aliases = new TreeSet<>();
    private final Map<String, Integer> mentions = new LinkedHashMap<>();
    private final List<Said> quotes = new ArrayList<>();
    private final List<Portrayal> sentiment = new ArrayList<>();
    private boolean quotesKnown;
    private boolean sentimentKnown;

    private ActorReport(Key key) {
        this.key = key;
    }

    /**
     * The actors {@code query} names in {@code analyses}, most-mentioned first: those with it as
     * name or alias (ignoring case), else those whose name or an alias contains it.
     */
    static List<ActorReport> find(String query, List<Analysis> analyses) {
        Map<Key, ActorReport> found = collect(analyses, e -> e.matches(query));
        if (found.isEmpty()) {
            String part = query.toLowerCase(Locale.ROOT);
            found = collect(analyses, e -> e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(part))
                    || e.name().toLowerCase(Locale.ROOT).contains(part));
        }
        for (ActorReport actor : found.values()) {
            analyses.forEach(actor::addSaidAndPortrayed);
        }
        List<ActorReport> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt(ActorReport::total).reversed());
        return out;
    }

    /** Every name an actor goes by in {@code analyses}: entity names, aliases and quote speakers; for completion. */
    static TreeSet<String> names(List<Analysis> analyses) {
        TreeSet<String> names = new TreeSet<>();
        for (Analysis analysis : analyses) {
            for (Entity entity : analysis.entities()) {
                names.add(entity.name());
                names.addAll(entity.aliases());
            }
            if (analysis.has(Layer.QUOTES)) {
                analysis.quotes().stream().map(Quote::speaker).filter(s -> s != null).forEach(names::add);
            }
        }
        return names;
    }

    private static Map<Key, ActorReport> collect(List<Analysis> analyses, java.util.function.Predicate<Entity> wanted) {
        Map<Key, ActorReport> found = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            for (Entity entity : analysis.entities()) {
                if (wanted.test(entity)) {
                    ActorReport actor = found.computeIfAbsent(new Key(entity.name(), entity.type()), ActorReport::new);
                    actor.aliases.addAll(entity.aliases());
                    actor.mentions.merge(analysis.document().id(), entity.count(), Integer::sum);
                }
            }
        }
        return found;
    }

    private void addSaidAndPortrayed(Analysis analysis) {
        String document = analysis.document().id();
        if (analysis.has(Layer.QUOTES)) {
            quotesKnown = true;
            analysis.quotes().stream().filter(q -> key.name().equalsIgnoreCase(q.speaker()))
                    .forEach(q -> quotes.add(new Said(document, q)));
        }
        if (analysis.has(Layer.SENTIMENT)) {
            sentimentKnown = true;
            analysis.sentiment().stream().filter(s -> key.name().equalsIgnoreCase(s.actor()))
                    .forEach(s -> sentiment.add(new Portrayal(document, s)));
        }
    }

    private int total() {
        return mentions.values().stream().mapToInt(Integer::intValue).sum();
    }

    void write(PrintWriter out) {
        out.println(key.name() + " (" + key.type() + "): " + LoadCommand.plural(total(), "mention") + " in "
                + LoadCommand.plural(mentions.size(), "document"));
        out.println("  also called: " + String.join(", ", aliases));
        List<String> where = new ArrayList<>();
        mentions.forEach((document, count) -> where.add(document + " " + count));
        out.println("  mentions: " + String.join(", ", where));
        if (quotesKnown) {
            out.println("  quotes: " + (quotes.isEmpty() ? "none" : quotes.size()));
            quotes.forEach(s -> out.println("    " + s.document() + "  \u201c" + s.quote().content().text() + "\u201d"));
        }
        if (sentimentKnown) {
            out.println(sentiment.isEmpty() ? "  sentiment: none" : "  sentiment:");
            sentiment.forEach(p -> out.println("    " + p.document() + "  portrayed " + stance(p.sentiment().toward())
                    + ", expresses " + stance(p.sentiment().expressed())));
        }
    }

    private static String stance(Stance stance) {
        return String.format(Locale.ROOT, "%s (%+.2f)", stance.label().label(), stance.score());
    }
}
