package io.newslens.entities;

import java.util.List;
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
 * <p>Not thread-safe: it caches the marks of the last sentence, as OpenNLP's generators do. The
 * {@link GazetteerDictionary} it reads is shared.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
    private final GazetteerDictionary dictionary;
    private String[] sentence;
    private String[] marks;

    /**
     * @param dictionary the listed phrases; a phrase's kind is the feature's suffix
     */
    public GazetteerFeatureGenerator(GazetteerDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
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
        StringBuilder phrase = new StringBuilder();
        for (int start = 0; start < tokens.length; ) {
            int words = 0;
            String kind = null;
            phrase.setLength(0);
            for (int n = 1; n <= Math.min(dictionary.maxWords(), tokens.length - start); n++) {
                String candidate;
                if (n == 1) { // the token itself: most tokens stop here, so no new string for them
                    candidate = tokens[start];
                    phrase.append(candidate);
                } else {
                    candidate = phrase.append(' ').append(tokens[start + n - 1]).toString();
                }
                String k = dictionary.kind(candidate);
                if (k != null) {
                    words = n;
                    kind = k;
                }
                if (!dictionary.isPrefix(candidate)) {
                    break; // no longer phrase starts so
                }
            }
            if (words == 0) {
                start++;
                continue;
            }
            result[start] = "gaz=B-" + kind;
            for (int i = start + 1; i < start + words; i++) {
                result[i] = "gaz=I-" + kind;
            }
            start += words;
        }
        return result;
    }
}
