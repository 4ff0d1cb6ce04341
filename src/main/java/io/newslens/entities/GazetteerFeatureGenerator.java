package io.newslens.entities;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Marks each token that starts ({@code gaz=B-kind}) or continues ({@code gaz=I-kind}) a listed
 * phrase, the longest listed phrase at each position winning, left to right.
 *
 * <p>Contract: phrases are token sequences joined by single spaces and matched case-sensitively;
 * a token in no phrase gets no feature. Wrap it in a window generator for the neighbours' marks.
 *
 * <p>Why B and I, unlike OpenNLP's {@code InSpanGenerator} (one "in a span" feature): BILOU
 * outcomes need to know where a listed name starts, e.g. "New" in "New York" against "New"
 * alone. Why the longest match: "Guinea" inside "Papua New Guinea" is not the country.
 *
 * <p>Not thread-safe: it caches the marks of the last sentence, as OpenNLP's generators do.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
    private final Map<String, String> kinds;
    private final int maxWords;
    private String[] sentence;
    private String[] marks;

    /**
     * @param kinds phrase (tokens joined by one space) → its kind, used as the feature suffix
     */
    public GazetteerFeatureGenerator(Map<String, String> kinds) {
        this.kinds = Map.copyOf(Objects.requireNonNull(kinds, "kinds"));
        this.maxWords = kinds.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            marks = mark(tokens);
        }
        if (marks[index] != null) {
            features.add(marks[index]);
        }
    }

    /** The feature of every token of {@code tokens}, null where none. */
    String[] mark(String[] tokens) {
        String[] result = new String[tokens.length];
        for (int start = 0; start < tokens.length; ) {
            int words = longestPhraseAt(tokens, start);
            if (words == 0) {
                start++;
                continue;
            }
            String kind = kinds.get(phrase(tokens, start, words));
            result[start] = "gaz=B-" + kind;
            for (int i = start + 1; i < start + words; i++) {
                result[i] = "gaz=I-" + kind;
            }
            start += words;
        }
        return result;
    }

    /** How many tokens from {@code start} the longest listed phrase there has, 0 if none. */
    private int longestPhraseAt(String[] tokens, int start) {
        for (int words = Math.min(maxWords, tokens.length - start); words > 0; words--) {
            if (kinds.containsKey(phrase(tokens, start, words))) {
                return words;
            }
        }
        return 0;
    }

    private static String phrase(String[] tokens, int start, int words) {
        return String.join(" ", List.of(tokens).subList(start, start + words));
    }
}
