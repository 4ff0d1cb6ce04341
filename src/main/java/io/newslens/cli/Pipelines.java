package io.newslens.cli;

import io.newslens.analysis.AnnotatorFactory;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Layer;
import io.newslens.entities.EntityMerger;
import io.newslens.entities.Gazetteer;
import io.newslens.entities.MentionAnnotator;
import io.newslens.entities.NameFinderModels;
import io.newslens.nlp.NlpAnnotator;
import io.newslens.quotes.QuoteAnnotator;
import io.newslens.sentiment.ActorSentimentAnnotator;
import io.newslens.sentiment.SentimentLexicon;
import io.newslens.sentiment.TargetLabelAnnotator;
import io.newslens.sentiment.TargetSentimentClassifier;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/** Wires the stages of newslens, in order, into one {@link Analyzer}. */
public final class Pipelines {
    private Pipelines() {
    }

    /** Loads the shipped name-finder model now, if it is not loaded yet (see {@link Preloader}). */
    static void loadNameFinder() {
        Objects.requireNonNull(ShippedNameFinder.MODEL, "name finder");
    }

    /** Loaded on first use, once per process: only runs that need mentions pay for it. */
    private static final class ShippedNameFinder {
        static final TokenNameFinderModel MODEL = NameFinderModels.loadShipped();
    }

    public static Analyzer standard() {
        return new Analyzer(List.of(
                new AnnotatorFactory(Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS), NlpAnnotator::new),
                new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.TOKENS), Set.of(Layer.MENTIONS),
                        () -> new MentionAnnotator(Gazetteer.shared(), ShippedNameFinder.MODEL)),
                new AnnotatorFactory(Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES),
                        () -> new EntityMerger(Gazetteer.shared())),
                new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES), Set.of(Layer.QUOTES),
                        QuoteAnnotator::new),
                new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.QUOTES), Set.of(Layer.SENTIMENT),
                        () -> new ActorSentimentAnnotator(TargetSentimentClassifier.shipped(), SentimentLexicon.shared())),
                new AnnotatorFactory(Set.of(Layer.SENTENCES), Set.of(Layer.TARGETS),
                        () -> new TargetLabelAnnotator(TargetSentimentClassifier.shipped()))));
    }
}
