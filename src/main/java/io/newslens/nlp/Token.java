package io.newslens.nlp;

/**
 * A token with its UTF-16 offsets into the document, Universal Dependencies part-of-speech tag (PROPN, VERB, ...)
 * and lemma.
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public boolean isProperNoun() {
        return pos.equals("PROPN");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
