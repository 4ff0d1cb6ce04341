package io.newslens.nlp;

/**
 * A token with its UTF-16 offsets into the document, part-of-speech tag (Penn) and lemma.
 */
public record Token(String text, int start, int end, String pos, String lemma) {
    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
