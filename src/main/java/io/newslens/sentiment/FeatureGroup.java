package io.newslens.sentiment;

/**
 * Families of features {@link FeatureExtractor} can emit. A model records which it was trained
 * with, so the same families are extracted when it classifies.
 *
 * <p>Why groups: each family must earn its place; training with one switched off (the
 * {@code --features} option of the trainer) measures what it pays on held-out train data.
 */
public enum FeatureGroup {
    /** Stem unigrams and word bigrams of the whole sentence, target replaced by a placeholder. */
    BAG_OF_WORDS,
    /** Words and bigrams near the target, marked left/right and by position. */
    WINDOW,
    /** Word stems weighted by their token distance to the target. */
    PROXIMITY,
    /** Lexicon valence summed in distance bins left and right of the target. */
    LEXICON,
    /** Flip and damp lexicon valence inside a negation's scope (changes every valence-based group). */
    NEGATION,
    /** The verb the target is subject, object or passive agent of, and its valence. */
    ROLE,
    /** Whether the target and the sentiment words are inside quotation marks. */
    QUOTES,
    /** Lexicon valence split by whether the target or another mention is the nearest to it. */
    MENTIONS,
    /** The target's own words and valence. */
    TARGET,
    /** Valence and lexicon words in the target's clause; the clause after a contrast marker. */
    CLAUSE,
    /** Sentence length bin and where the target sits (start, thirds, end). */
    LAYOUT
}
