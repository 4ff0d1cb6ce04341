package io.newslens.analysis;

/** The layers an {@link Annotator} can read from and add to an {@link Analysis}. */
public enum Layer {
    SENTENCES, TOKENS, MENTIONS, ENTITIES, QUOTES, SENTIMENT, TARGETS
}
