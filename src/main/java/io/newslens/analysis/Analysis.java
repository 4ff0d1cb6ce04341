package io.newslens.analysis;

import io.newslens.entities.Entity;
import io.newslens.entities.Mention;
import io.newslens.io.Document;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import io.newslens.quotes.Quote;
import io.newslens.sentiment.ActorSentiment;
import io.newslens.sentiment.TargetSentiment;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything known about one document, layer by layer, with offsets into its text.
 *
 * <p>Each layer is set once by the {@link Annotator} that produces it and read by the
 * later ones; reading a layer that was not produced is a bug and throws. Not thread-safe:
 * one analysis is filled by one thread, then only read.
 */
public final class Analysis {
    private final Document document;
    private final Set<Layer> present = EnumSet.noneOf(Layer.class);
    private List<Sentence> sentences;
    private List<Token> tokens;
    private List<Mention> mentions;
    private List<Entity> entities;
    private List<Quote> quotes;
    private List<ActorSentiment> sentiment;
    private List<TargetSentiment> targets;

    public Analysis(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public boolean has(Layer layer) {
        return present.contains(layer);
    }

    public List<Sentence> sentences() {
        check(Layer.SENTENCES);
        return sentences;
    }

    public List<Token> tokens() {
        check(Layer.TOKENS);
        return tokens;
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens().subList(sentence.firstToken(), sentence.endToken());
    }

    public List<Mention> mentions() {
        check(Layer.MENTIONS);
        return mentions;
    }

    public List<Entity> entities() {
        check(Layer.ENTITIES);
        return entities;
    }

    public List<Quote> quotes() {
        check(Layer.QUOTES);
        return quotes;
    }

    public List<ActorSentiment> sentiment() {
        check(Layer.SENTIMENT);
        return sentiment;
    }

    public List<TargetSentiment> targets() {
        check(Layer.TARGETS);
        return targets;
    }

    public void setSentences(List<Sentence> value) {
        sentences = set(Layer.SENTENCES, value);
    }

    public void setTokens(List<Token> value) {
        tokens = set(Layer.TOKENS, value);
    }

    public void setMentions(List<Mention> value) {
        mentions = set(Layer.MENTIONS, value);
    }

    public void setEntities(List<Entity> value) {
        entities = set(Layer.ENTITIES, value);
    }

    public void setQuotes(List<Quote> value) {
        quotes = set(Layer.QUOTES, value);
    }

    public void setSentiment(List<ActorSentiment> value) {
        sentiment = set(Layer.SENTIMENT, value);
    }

    public void setTargets(List<TargetSentiment> value) {
        targets = set(Layer.TARGETS, value);
    }

    private <T> List<T> set(Layer layer, List<T> value) {
        if (!present.add(layer)) {
            throw new IllegalStateException("layer " + layer + " is already set");
        }
        return List.copyOf(value);
    }

    private void check(Layer layer) {
        if (!present.contains(layer)) {
            throw new IllegalStateException("layer " + layer + " was not produced");
        }
    }
}
