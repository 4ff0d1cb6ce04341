package io.newslens.sentiment;

import io.newslens.nlp.Sentence;
import java.util.List;

/** Finds the sentence that holds an offset, by binary search over sentences in text order. */
final class SentenceLookup {
    private SentenceLookup() {
    }

    /** The sentence containing {@code offset}, or null when it falls between sentences. */
    static Sentence containing(List<Sentence> sentences, int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
