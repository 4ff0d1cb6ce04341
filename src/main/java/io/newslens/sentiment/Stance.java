package io.newslens.sentiment;

import io.newslens.analysis.Span;
import java.util.List;

/** A sentiment score in [-1, 1], its label and the sentences that weigh most. */
public record Stance(double score, Polarity label, List<Span> evidence) {
    public Stance {
        evidence = List.copyOf(evidence);
    }
}
