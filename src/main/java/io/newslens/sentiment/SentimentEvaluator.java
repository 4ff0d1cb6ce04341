package io.newslens.sentiment;

import java.util.List;
import java.util.Objects;

/** Measures a classifier on labelled targets (e.g. NewsMTSC dev-rw.jsonl / dev-mt.jsonl). */
public final class SentimentEvaluator {
    private SentimentEvaluator() {
    }

    public static Evaluation evaluate(TargetSentimentClassifier classifier, List<LabelledTarget> data) {
        Objects.requireNonNull(classifier, "classifier");
        int[][] confusion = new int[3][3];
        for (LabelledTarget t : data) {
            Polarity predicted = classifier.classify(t.sentence(), t.start(), t.end()).label();
            confusion[t.label().ordinal()][predicted.ordinal()]++;
        }
        return new Evaluation(confusion);
    }
}
