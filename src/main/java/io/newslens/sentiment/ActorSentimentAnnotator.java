package io.newslens.sentiment;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.analysis.Span;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Sentences;
import io.newslens.quotes.Quote;
import io.newslens.quotes.QuoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How each actor is portrayed and what it expresses.
 *
 * <p>{@code toward}: every mention of the actor is classified in its sentence by the
 * target-dependent classifier, and the scores (P(pos) − P(neg)) are averaged.
 * {@code expressed}: the quotes attributed to the actor are scored with the VADER/AFINN
 * lexicon (VADER's normalisation of the summed valence), and averaged.
 *
 * <p>Why a lexicon for quotes: a quote has no target of its own to classify toward, and the
 * question is its overall tone. Actors are entities of every type but MISC. Thread-safe.
 */
public final class ActorSentimentAnnotator implements Annotator {
    /** Mean classifier scores closer to zero than this are neutral. */
    static final double TOWARD_NEUTRAL_BAND = 0.1;
    /** VADER's own threshold for a neutral compound score. */
    static final double EXPRESSED_NEUTRAL_BAND = 0.05;
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    private final TargetSentimentClassifier classifier;
    private final SentimentLexicon lexicon;

    public ActorSentimentAnnotator(TargetSentimentClassifier classifier, SentimentLexicon lexicon) {
        this.classifier = classifier;
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTIMENT);
    }

    @Override
    public void annotate(Analysis analysis) {
        List<ActorSentiment> actors = new ArrayList<>();
        for (Entity entity : analysis.entities()) {
            if (entity.type() != EntityType.MISC) {
                actors.add(new ActorSentiment(entity.name(), entity.type(), entity.count(),
                        toward(analysis, entity), expressed(analysis, entity)));
            }
        }
        analysis.setSentiment(actors);
    }

    private Stance toward(Analysis analysis, Entity entity) {
        StanceScorer scorer = new StanceScorer(TOWARD_NEUTRAL_BAND);
        String text = analysis.text();
        for (Mention m : entity.mentions()) {
            Sentence s = Sentences.containing(analysis.sentences(), m.start());
            if (s == null || m.end() > s.end()) {
                continue;
            }
            Prediction p = classifier.classify(text.substring(s.start(), s.end()), m.start() - s.start(), m.end() - s.start());
            scorer.add(Span.of(text, s.start(), s.end()), p.score());
        }
        return scorer.stance();
    }

    private Stance expressed(Analysis analysis, Entity entity) {
        StanceScorer scorer = new StanceScorer(EXPRESSED_NEUTRAL_BAND);
        for (Quote q : analysis.quotes()) {
            if (q.kind() != QuoteKind.SCARE && entity.name().equals(q.speaker())) {
                scorer.add(q.content(), tone(q.content().text()));
            }
        }
        return scorer.stance();
    }

    /** VADER's compound score of the summed valences: x / sqrt(x² + 15) on its ±4 scale. */
    double tone(String text) {
        double sum = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            sum += lexicon.valence(words.group()) * 4;
        }
        return sum / Math.sqrt(sum * sum + 15);
    }
}
