package io.newslens.quotes;

/** A run of tokens by index into the document's token list, {@code end} exclusive. */
record TokenRange(int first, int end) {
    TokenRange {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("bad token range [" + first + "," + end + ")");
        }
    }
}
