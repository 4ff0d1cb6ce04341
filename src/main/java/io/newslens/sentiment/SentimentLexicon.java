package io.newslens.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Word valences from VADER and AFINN-165, merged and scaled to [-1, 1].
 *
 * <p>Contract: {@link #valence(String)} takes a word or a two-word phrase (words separated by
 * one space) in any case and returns 0 for unknown entries. Immutable, so thread-safe.
 *
 * <p>Why merge: VADER (7.5k entries, mean of 10 human ratings on -4..4) covers social-media
 * slang and emoticons, AFINN (3.4k entries, integers -5..5) has news-ish words VADER lacks
 * ("kickbacks", "kidnapping"). Where both have a word the scaled values are averaged, which smooths
 * AFINN's coarse integers. Both files and their licences ship next to this class.
 */
public final class SentimentLexicon {
    private static final String VADER = "vader_sentiment_lexicon.txt";
    private static final String AFINN = "AFINN-165.txt";

    private final Map<String, Double> valences;

    private SentimentLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /**
     * The shipped lexicon, loaded on first call and then shared. Why: it is immutable, and
     * reading both files again for each worker thread (each stage instance) costs start-up time.
     */
    public static SentimentLexicon shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final SentimentLexicon INSTANCE = load();
    }

    /** Loads the shipped VADER and AFINN files from the classpath. */
    public static SentimentLexicon load() {
        Map<String, double[]> sums = new HashMap<>();
        // VADER is ISO-8859-1 with CRLF line ends (two emoticons hold byte 0xDE), AFINN is UTF-8.
        read(VADER, StandardCharsets.ISO_8859_1, 4.0, sums);
        read(AFINN, StandardCharsets.UTF_8, 5.0, sums);
        Map<String, Double> merged = new HashMap<>();
        sums.forEach((word, sum) -> merged.put(word, sum[0] / sum[1]));
        return new SentimentLexicon(merged);
    }

    /** A lexicon with the given valences (for tests and fixtures); keys are lower-cased. */
    public static SentimentLexicon of(Map<String, Double> valences) {
        Map<String, Double> lower = new HashMap<>();
        valences.forEach((word, value) -> lower.put(word.toLowerCase(Locale.ROOT), value));
        return new SentimentLexicon(lower);
    }

    /** The valence of {@code word} in [-1, 1], 0 when the lexicon does not know it. */
    public double valence(String word) {
        return valences.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
    }

    /** Number of distinct entries after merging. */
    public int size() {
        return valences.size();
    }

    private static void read(String resource, Charset charset, double scale, Map<String, double[]> sums) {
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, charset));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.strip().split("\t");
                if (fields.length < 2) {
                    continue;
                }
                double value = Math.max(-1, Math.min(1, Double.parseDouble(fields[1]) / scale));
                double[] sum = sums.computeIfAbsent(fields[0].toLowerCase(Locale.ROOT), k -> new double[2]);
                sum[0] += value;
                sum[1] += 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
