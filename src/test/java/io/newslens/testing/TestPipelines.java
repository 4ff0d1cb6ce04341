package io.newslens.testing;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.AnnotatorFactory;
import io.newslens.analysis.Layer;
import io.newslens.entities.EntityMerger;
import io.newslens.entities.Gazetteer;
import io.newslens.entities.MentionAnnotator;
import io.newslens.io.Document;
import io.newslens.quotes.QuoteAnnotator;
import java.util.List;
import java.util.Set;

/**
 * The standard pipeline (NLP, mentions, entities, quotes) wired as {@code cli.Pipelines} does, shared
 * by the tests of one JVM so the models and gazetteers load once.
 */
public final class TestPipelines {
    private static Analyzer standard;

    private TestPipelines() {
    }

    /** The one analyzer of this test JVM; thread-safe like every {@link Analyzer}. */
    public static synchronized Analyzer standard() {
        if (standard == null) {
            standard = new Analyzer(List.of(
                    new AnnotatorFactory(Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS),
                            io.newslens.nlp.NlpAnnotator::new),
                    new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.TOKENS), Set.of(Layer.MENTIONS),
                            () -> new MentionAnnotator(Gazetteer.shared())),
                    new AnnotatorFactory(Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES),
                            () -> new EntityMerger(Gazetteer.shared())),
                    new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES), Set.of(Layer.QUOTES),
                            QuoteAnnotator::new)));
        }
        return standard;
    }

    /** Analyses {@code text} (id "test") up to entities. */
    public static Analysis entities(String text) {
        return standard().analyze(new Document("test", text), Set.of(Layer.ENTITIES));
    }
}
