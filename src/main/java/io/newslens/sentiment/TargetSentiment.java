package io.newslens.sentiment;

/** The label of one user-given target (JSON Lines {@code targets}). */
public record TargetSentiment(String id, Polarity label, double score) {
}
