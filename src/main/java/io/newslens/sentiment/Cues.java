package io.newslens.sentiment;

import java.util.Set;

/**
 * Closed word lists the feature extractor reads: negators, intensity modifiers, auxiliaries.
 *
 * <p>Why hand lists: they are small closed classes (adapted from VADER's negation and booster
 * lists), and learning them from 8k sentences would be noisier than writing them down.
 */
final class Cues {
    /** How many tokens after a negator its scope reaches, unless punctuation ends it first. */
    static final int NEGATION_SCOPE = 3;

    private static final Set<String> NEGATORS = Set.of(
            "not", "no", "never", "nor", "neither", "without", "cannot", "none", "nobody", "nothing",
            "nowhere", "hardly", "barely", "scarcely", "rarely", "seldom", "despite", "lack", "lacks",
            "lacked", "lacking", "fail", "fails", "failed");
    private static final Set<String> BOOSTERS = Set.of(
            "very", "extremely", "highly", "deeply", "really", "so", "too", "most", "totally", "absolutely",
            "incredibly", "utterly", "strongly", "bitterly", "fiercely", "sharply", "particularly",
            "especially", "hugely", "enormously", "truly", "completely", "entirely", "greatly", "severely",
            "seriously", "remarkably", "exceptionally", "vastly", "widely");
    private static final Set<String> DAMPENERS = Set.of(
            "slightly", "somewhat", "marginally", "partly", "partially", "fairly", "rather", "relatively",
            "kind", "sort", "little", "mildly", "modestly");
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
            "should", "can", "may", "might", "must", "did", "does", "do", "also", "then", "now", "reportedly",
            "allegedly", "repeatedly", "publicly", "openly", "not", "never", "who", "which");
    private static final Set<String> PASSIVE_MARKERS = Set.of(
            "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets");
    private static final Set<String> CLAUSE_BREAKS = Set.of(
            ",", ".", ";", ":", "!", "?", "but", "however", "although", "though", "while", "whereas", "yet");

    private Cues() {
    }

    static boolean isNegator(String lower) {
        return NEGATORS.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t");
    }

    /** Multiplier a modifier applies to the next word: &gt;1 boosters, &lt;1 dampeners, else 1. */
    static double intensity(String lower) {
        if (BOOSTERS.contains(lower)) {
            return 1.5;
        }
        return DAMPENERS.contains(lower) ? 0.5 : 1.0;
    }

    static boolean isAuxiliary(String lower) {
        return AUXILIARIES.contains(lower) || (lower.endsWith("ly") && lower.length() > 4);
    }

    static boolean isPassiveMarker(String lower) {
        return PASSIVE_MARKERS.contains(lower);
    }

    static boolean isClauseBreak(String lower) {
        return CLAUSE_BREAKS.contains(lower);
    }
}
