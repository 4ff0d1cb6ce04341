package io.newslens.sentiment;

import io.newslens.analysis.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sums scored pieces of text (a sentence toward an actor, a quote) into one {@link Stance}:
 * the mean score, a label beyond a neutral band, and the pieces that weigh most as evidence.
 *
 * <p>Not thread-safe: one scorer collects one stance.
 */
final class StanceScorer {
    private static final int MAX_EVIDENCE = 3;

    private record Scored(Span span, double score) {
    }

    private final double neutralBand;
    private final List<Scored> pieces = new ArrayList<>();

    /** @param neutralBand scores with an absolute value below it are neutral */
    StanceScorer(double neutralBand) {
        this.neutralBand = neutralBand;
    }

    void add(Span span, double score) {
        pieces.add(new Scored(span, score));
    }

    Stance stance() {
        if (pieces.isEmpty()) {
            return new Stance(0, Polarity.NEUTRAL, List.of());
        }
        double mean = pieces.stream().mapToDouble(Scored::score).average().orElse(0);
        Polarity label = mean <= -neutralBand ? Polarity.NEGATIVE
                : mean >= neutralBand ? Polarity.POSITIVE : Polarity.NEUTRAL;
        return new Stance(mean, label, evidence(label));
    }

    /** The distinct spans that pull most toward the label, strongest first, in no more than three. */
    private List<Span> evidence(Polarity label) {
        if (label == Polarity.NEUTRAL) {
            return List.of();
        }
        double sign = label == Polarity.NEGATIVE ? -1 : 1;
        List<Span> out = new ArrayList<>();
        pieces.stream()
                .filter(p -> p.score() * sign > 0)
                .sorted(Comparator.comparingDouble((Scored p) -> -p.score() * sign))
                .map(Scored::span)
                .filter(span -> out.stream().noneMatch(s -> s.start() == span.start() && s.end() == span.end()))
                .limit(MAX_EVIDENCE)
                .forEach(out::add);
        return out;
    }
}
