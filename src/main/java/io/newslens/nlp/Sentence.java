package io.newslens.nlp;

/**
 * A sentence: its UTF-16 character span and the range of its tokens in the document's
 * token list ({@code firstToken} inclusive, {@code endToken} exclusive).
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
