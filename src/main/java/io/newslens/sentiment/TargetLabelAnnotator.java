package io.newslens.sentiment;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Labels the targets a user gave in JSON Lines input: each is classified in the sentences
 * that hold it (the whole text when it crosses no sentence). Thread-safe.
 */
public final class TargetLabelAnnotator implements Annotator {
    private final TargetSentimentClassifier classifier;

    public TargetLabelAnnotator(TargetSentimentClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TARGETS);
    }

    @Override
    public void annotate(Analysis analysis) {
        String text = analysis.text();
        List<TargetSentiment> labels = new ArrayList<>();
        for (Document.Target t : analysis.document().targets()) {
            int start = contextStart(analysis.sentences(), t);
            int end = contextEnd(analysis.sentences(), t, text.length());
            if (t.start() >= t.end()) {
                labels.add(new TargetSentiment(t.id(), Polarity.NEUTRAL, 0));
                continue;
            }
            Prediction p = classifier.classify(text.substring(start, end), t.start() - start, t.end() - start);
            labels.add(new TargetSentiment(t.id(), p.label(), p.score()));
        }
        analysis.setTargets(labels);
    }

    private static int contextStart(List<Sentence> sentences, Document.Target t) {
        Sentence s = Sentences.containing(sentences, t.start());
        return s == null ? 0 : Math.min(s.start(), t.start());
    }

    private static int contextEnd(List<Sentence> sentences, Document.Target t, int length) {
        Sentence s = Sentences.containing(sentences, Math.max(t.start(), t.end() - 1));
        return s == null ? length : Math.max(s.end(), t.end());
    }
}
