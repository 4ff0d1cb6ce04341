package io.newslens.nlp;

import java.util.List;

/** Finds sentences by character offset or token index, by binary search over sentences in text order. */
public final class Sentences {
    private Sentences() {
    }

    /** The index of the last sentence that starts at or before {@code offset} (0 when none does). */
    public static int indexAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The index of the sentence holding the token at {@code tokenIndex}. */
    public static int indexOfToken(List<Sentence> sentences, int tokenIndex) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).firstToken() <= tokenIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The sentence containing {@code offset}, or null when it falls between sentences. */
    public static Sentence containing(List<Sentence> sentences, int offset) {
        if (sentences.isEmpty()) {
            return null;
        }
        Sentence s = sentences.get(indexAt(sentences, offset));
        return s.contains(offset) ? s : null;
    }
}
