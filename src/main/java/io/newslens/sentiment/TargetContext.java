package io.newslens.sentiment;

import io.newslens.analysis.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * One sentence seen from one target: tokens, where the target sits, which tokens are quoted,
 * the contextual valence of each token and the other name-like mentions.
 *
 * <p>Contract: the target tokens are those overlapping {@code [targetStart, targetEnd)}; they
 * are {@code first..last} inclusive, and when no token overlaps, {@code last == first - 1}
 * marks the insertion point. Built once per (sentence, target); immutable after construction.
 */
final class TargetContext {
    /** VADER's factor for a negated word: "not good" is weaker than "bad". */
    private static final double NEGATION_FACTOR = -0.74;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "his", "their");

    final String sentence;
    final List<Span> tokens;
    final String[] lower;
    /** Porter stems of {@link #lower}, which pool "condemns", "condemned" and "condemning". */
    final String[] stem;
    final int first;
    final int last;
    final boolean[] quoted;
    final boolean[] negated;
    /** Lexicon valence after intensity modifiers and, if enabled, negation. */
    final double[] valence;
    /** Other mentions (capitalised runs and personal pronouns), as {from, to} token ranges. */
    final List<int[]> others;

    TargetContext(String sentence, int targetStart, int targetEnd, SentimentLexicon lexicon, boolean useNegation) {
        this.sentence = sentence;
        this.tokens = WordTokenizer.tokenize(sentence);
        int n = tokens.size();
        this.lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT).replace('’', '\'');
        }
        this.stem = new String[n];
        PorterStemmer stemmer = new PorterStemmer();
        for (int i = 0; i < n; i++) {
            stem[i] = stemmer.stem(lower[i]);
        }
        int f = 0;
        while (f < n && tokens.get(f).end() <= targetStart) {
            f++;
        }
        int l = f - 1;
        while (l + 1 < n && tokens.get(l + 1).start() < targetEnd) {
            l++;
        }
        this.first = f;
        this.last = l;
        this.quoted = quotedTokens(sentence, tokens);
        this.negated = negatedTokens(lower);
        this.valence = valences(lexicon, useNegation);
        this.others = otherMentions();
    }

    int size() {
        return tokens.size();
    }

    boolean isTarget(int i) {
        return i >= first && i <= last;
    }

    /** Token distance to the target: 0 inside it, 1 for the adjacent tokens. */
    int distance(int i) {
        if (i < first) {
            return first - i;
        }
        return i > last ? i - last : 0;
    }

    /** Whether another mention is strictly nearer to token {@code i} than the target is. */
    boolean nearerToOther(int i) {
        int target = distance(i);
        for (int[] m : others) {
            int d = i < m[0] ? m[0] - i : (i >= m[1] ? i - m[1] + 1 : 0);
            if (d < target) {
                return true;
            }
        }
        return false;
    }

    boolean targetQuoted() {
        for (int i = first; i <= last; i++) {
            if (quoted[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] quotedTokens(String sentence, List<Span> tokens) {
        boolean[] chars = QuoteRegions.inside(sentence);
        boolean[] result = new boolean[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = chars[tokens.get(i).start()];
        }
        return result;
    }

    private static boolean[] negatedTokens(String[] lower) {
        boolean[] result = new boolean[lower.length];
        int scope = 0;
        for (int i = 0; i < lower.length; i++) {
            if (Cues.isClauseBreak(lower[i])) {
                scope = 0;
            } else if (scope > 0) {
                result[i] = true;
                scope--;
            }
            if (Cues.isNegator(lower[i])) {
                scope = Cues.NEGATION_SCOPE;
            }
        }
        return result;
    }

    private double[] valences(SentimentLexicon lexicon, boolean useNegation) {
        double[] result = new double[lower.length];
        for (int i = 0; i < lower.length; i++) {
            double v = i + 1 < lower.length ? lexicon.valence(lower[i] + " " + lower[i + 1]) : 0;
            if (v != 0) {
                result[i] = v;
                i++;
                continue;
            }
            v = lexicon.valence(lower[i]);
            if (v != 0 && i > 0) {
                v *= Cues.intensity(lower[i - 1]);
            }
            if (useNegation && negated[i]) {
                v *= NEGATION_FACTOR;
            }
            result[i] = v;
        }
        return result;
    }

    private List<int[]> otherMentions() {
        List<int[]> result = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (isTarget(i) || !mentionLike(i)) {
                i++;
                continue;
            }
            int from = i;
            while (i < tokens.size() && !isTarget(i) && isCapitalised(i)) {
                i++;
            }
            int to = Math.max(i, from + 1);
            i = to;
            // A lone capital at the start of the sentence is usually just "The" or "But".
            if (from > 0 || to - from > 1 || PRONOUNS.contains(lower[from])) {
                result.add(new int[] {from, to});
            }
        }
        return result;
    }

    private boolean mentionLike(int i) {
        return isCapitalised(i) || PRONOUNS.contains(lower[i]);
    }

    private boolean isCapitalised(int i) {
        String text = tokens.get(i).text();
        return Character.isUpperCase(text.codePointAt(0));
    }
}
