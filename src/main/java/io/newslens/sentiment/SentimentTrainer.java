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
     * Learner settings. {@link #defaults()} are the shipped ones, chosen by cross-validation
     * on train (see SENTIMENT-RESULTS.md), never on the dev sets. {@code runs} is the number
     * of trainings with different shuffle seeds whose weights are averaged into one model
     * (same size and speed as one run; the average of linear models is the average of their
     * scores).
     */
    public record Settings(Set<FeatureGroup> groups, int bits, int epochs, double learningRate, double l2,
            int minCount, int runs) {
        public Settings {
            groups = Set.copyOf(groups);
            if (bits < 10 || bits > 24) {
                throw new IllegalArgumentException("bits must be in 10..24, got " + bits);
            }
            if (runs < 1) {
                throw new IllegalArgumentException("runs must be at least 1, got " + runs);
            }
        }

        /** One run (a single shuffle seed). */
        public Settings(Set<FeatureGroup> groups, int bits, int epochs, double learningRate, double l2,
                int minCount) {
            this(groups, bits, epochs, learningRate, l2, minCount, 1);
        }

        public static Settings defaults() {
            return new Settings(EnumSet.allOf(FeatureGroup.class), 20, 20, 0.01, 1e-4, 2, 4);
        }

        public Settings withGroups(Set<FeatureGroup> newGroups) {
            return new Settings(newGroups, bits, epochs, learningRate, l2, minCount, runs);
        }

        public Settings withRuns(int newRuns) {
            return new Settings(groups, bits, epochs, learningRate, l2, minCount, newRuns);
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
                settings.minCount(), settings.runs());
        return new TargetSentimentClassifier(trainer.train(examples, settings.bits(), settings.groups()), lexicon);
    }

    /** Pooled out-of-fold evaluation of a cross-validation, and each fold's own. */
    public record CrossValidation(Evaluation pooled, List<Evaluation> folds) {
        public CrossValidation {
            folds = List.copyOf(folds);
        }

        /** Mean of the folds' macro-F1. */
        public double foldMeanMacroF1() {
            return folds.stream().mapToDouble(Evaluation::macroF1).average().orElse(0);
        }
    }

    /**
     * {@code k}-fold cross-validation: sentence {@code s} falls in fold
     * {@code floorMod(s.hashCode(), 100) * k / 100} (all targets of a sentence in one fold); each
     * fold is classified by a model trained on the others. How every setting was chosen.
     */
    public CrossValidation crossValidate(List<LabelledTarget> data, int k) {
        if (k < 2 || k > 20) {
            throw new IllegalArgumentException("folds must be in 2..20, got " + k);
        }
        SentimentLexicon lexicon = SentimentLexicon.load();
        List<List<LabelledTarget>> folds = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
        }
        for (LabelledTarget t : data) {
            folds.get(Math.floorMod(t.sentence().hashCode(), 100) * k / 100).add(t);
        }
        int[][] pooled = new int[3][3];
        List<Evaluation> results = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<LabelledTarget> rest = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                if (g != f) {
                    rest.addAll(folds.get(g));
                }
            }
            Evaluation e = SentimentEvaluator.evaluate(train(rest, lexicon), folds.get(f));
            results.add(e);
            for (int gold = 0; gold < 3; gold++) {
                for (int p = 0; p < 3; p++) {
                    pooled[gold][p] += e.confusion()[gold][p];
                }
            }
        }
        return new CrossValidation(new Evaluation(pooled), results);
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
