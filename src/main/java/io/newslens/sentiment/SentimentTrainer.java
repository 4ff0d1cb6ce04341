package io.newslens.sentiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Trains a {@link TargetSentimentClassifier} from labelled targets (NewsMTSC train.jsonl).
 *
 * <p>Contract: the same data and settings give a byte-identical model (fixed shuffle seed, no
 * threads). Training the shipped settings on NewsMTSC train takes seconds.
 */
public final class SentimentTrainer {

    /**
     * Learner settings. {@link #defaults()} are the shipped ones, chosen on a 10% slice of
     * train (see {@link #holdoutSplit}), never on the dev sets.
     */
    public record Settings(Set<FeatureGroup> groups, int bits, int epochs, double learningRate, double l2,
            int minCount) {
        public Settings {
            groups = Set.copyOf(groups);
            if (bits < 10 || bits > 24) {
                throw new IllegalArgumentException("bits must be in 10..24, got " + bits);
            }
        }

        public static Settings defaults() {
            return new Settings(EnumSet.allOf(FeatureGroup.class), 20, 20, 0.01, 1e-4, 2);
        }

        public Settings withGroups(Set<FeatureGroup> newGroups) {
            return new Settings(newGroups, bits, epochs, learningRate, l2, minCount);
        }
    }

    /** Training data split into a train part and a held-out part. */
    public record Split(List<LabelledTarget> train, List<LabelledTarget> heldOut) {
    }

    private final Settings settings;

    public SentimentTrainer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Trains on {@code data} with the shipped lexicons. */
    public TargetSentimentClassifier train(List<LabelledTarget> data) {
        return train(data, SentimentLexicon.load());
    }

    TargetSentimentClassifier train(List<LabelledTarget> data, SentimentLexicon lexicon) {
        if (data.isEmpty()) {
            throw new IllegalArgumentException("data: no labelled targets to train on");
        }
        FeatureExtractor extractor = new FeatureExtractor(lexicon, settings.groups(), settings.bits());
        List<SoftmaxTrainer.Example> examples = new ArrayList<>(data.size());
        for (LabelledTarget t : data) {
            examples.add(new SoftmaxTrainer.Example(extractor.extract(t.sentence(), t.start(), t.end()),
                    t.label().ordinal()));
        }
        SoftmaxTrainer trainer = new SoftmaxTrainer(settings.epochs(), settings.learningRate(), settings.l2(),
                settings.minCount());
        return new TargetSentimentClassifier(trainer.train(examples, settings.bits(), settings.groups()), lexicon);
    }

    /**
     * Holds out every sentence whose id hashes into the first {@code percent} of 100 buckets;
     * all targets of a sentence land on the same side, so no sentence is seen in both parts.
     */
    public static Split holdoutSplit(List<LabelledTarget> data, int percent) {
        if (percent < 1 || percent > 50) {
            throw new IllegalArgumentException("percent must be in 1..50, got " + percent);
        }
        List<LabelledTarget> train = new ArrayList<>();
        List<LabelledTarget> heldOut = new ArrayList<>();
        for (LabelledTarget t : data) {
            (Math.floorMod(t.sentence().hashCode(), 100) < percent ? heldOut : train).add(t);
        }
        return new Split(train, heldOut);
    }
}
