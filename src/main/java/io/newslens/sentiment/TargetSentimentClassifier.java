package io.newslens.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Says whether a sentence is negative, neutral or positive toward a target span in it.
 *
 * <p>Contract: {@link #classify} takes the raw sentence and UTF-16 offsets of the target,
 * {@code 0 <= targetStart < targetEnd <= sentence.length()}. Thread-safe: the model, lexicon
 * and extractor are immutable after loading, and each call builds its own feature vector, so
 * one instance serves every worker. {@link #shipped()} loads the bundled model and lexicons
 * once per process, on first use.
 *
 * <p>Why a linear model: it classifies about ten thousand targets per second on one core
 * and needs no native code or GPU; see {@code SENTIMENT-RESULTS.md} for how close it comes to
 * the transformer models on NewsMTSC.
 */
public final class TargetSentimentClassifier {
    /** Classpath resource of the shipped model, next to this class. */
    public static final String MODEL_RESOURCE = "newsmtsc-target-sentiment.bin.gz";

    private final SoftmaxModel model;
    private final FeatureExtractor extractor;

    TargetSentimentClassifier(SoftmaxModel model, SentimentLexicon lexicon) {
        this.model = model;
        this.extractor = new FeatureExtractor(lexicon, model.groups(), model.bits());
    }

    /** The shipped model with the shipped lexicons; loaded on first call, then shared. */
    public static TargetSentimentClassifier shipped() {
        return Shipped.INSTANCE;
    }

    /** A model written by {@link SentimentTrainer}, with the shipped lexicons. */
    public static TargetSentimentClassifier load(InputStream model) throws IOException {
        Objects.requireNonNull(model, "model");
        return new TargetSentimentClassifier(SoftmaxModel.read(model), SentimentLexicon.shared());
    }

    /** Sentiment toward {@code sentence.substring(targetStart, targetEnd)}. */
    public Prediction classify(String sentence, int targetStart, int targetEnd) {
        Objects.requireNonNull(sentence, "sentence");
        if (targetStart < 0 || targetEnd <= targetStart || targetEnd > sentence.length()) {
            throw new IllegalArgumentException("target [" + targetStart + "," + targetEnd
                    + ") must be a non-empty span of the sentence (length " + sentence.length() + ")");
        }
        return Prediction.of(model.probabilities(extractor.extract(sentence, targetStart, targetEnd)));
    }

    /** Writes the model (not the lexicons, which ship with the code) in the format {@link #load} reads. */
    public void save(OutputStream out) throws IOException {
        model.write(Objects.requireNonNull(out, "out"));
    }

    /** Holder idiom: the JVM loads the shipped model exactly once, thread-safely, on first use. */
    private static final class Shipped {
        static final TargetSentimentClassifier INSTANCE = loadShipped();

        private static TargetSentimentClassifier loadShipped() {
            try (InputStream in = TargetSentimentClassifier.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("sentiment model resource missing: " + MODEL_RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the shipped sentiment model", e);
            }
        }
    }
}
