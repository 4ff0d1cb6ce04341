package io.newslens.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Word features: the target-masked bag of words, the words around the target and the target's
 * own words.
 */
final class ContextFeatures {
    static final String TARGET = "<t>";
    static final String MENTION = "<e>";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them", "i", "we", "it");

    private ContextFeatures() {
    }

    /**
     * Stems of every non-target word and bigrams over the sentence with the target collapsed
     * to {@code <t>} and other mentions to {@code <e>}: "condemned &lt;t&gt;" and
     * "condemned &lt;e&gt;" are different features, which is the point.
     */
    static void bagOfWords(TargetContext c, Features f) {
        List<String> masked = masked(c);
        for (int i = 0; i < c.size(); i++) {
            if (!c.isTarget(i) && isWordy(c.lower[i])) {
                f.add("u=" + c.stem[i]);
            }
        }
        for (int i = 1; i < masked.size(); i++) {
            f.add("b=" + masked.get(i - 1) + "_" + masked.get(i));
        }
    }

    /** Words at positions -3..-1 and +1..+3, the bag within {@code width} per side, edge bigrams. */
    static void window(TargetContext c, Features f, int width) {
        for (int k = 1; k <= 3; k++) {
            f.add("w:-" + k + "=" + word(c, c.first - k));
            f.add("w:+" + k + "=" + word(c, c.last + k));
        }
        for (int k = 1; k <= width; k++) {
            int left = c.first - k;
            int right = c.last + k;
            if (left >= 0) {
                f.add("w:L=" + c.lower[left]);
            }
            if (right < c.size()) {
                f.add("w:R=" + c.lower[right]);
            }
        }
        f.add("w:L2=" + word(c, c.first - 2) + "_" + word(c, c.first - 1));
        f.add("w:R2=" + word(c, c.last + 1) + "_" + word(c, c.last + 2));
    }

    /** Stems weighted by closeness to the target: a target-centred bag of words. */
    static void proximity(TargetContext c, Features f) {
        for (int i = 0; i < c.size(); i++) {
            if (!c.isTarget(i) && isWordy(c.lower[i])) {
                f.add("p=" + c.stem[i], FeatureExtractor.weight(c.distance(i)));
            }
        }
    }

    /** The target's words, whether it is a pronoun, and any valence of its own ("terrorists"). */
    static void target(TargetContext c, Features f) {
        double own = 0;
        for (int i = c.first; i <= c.last; i++) {
            f.add("t:w=" + c.lower[i]);
            own += c.valence[i];
        }
        if (c.first == c.last && PRONOUNS.contains(c.lower[c.first])) {
            f.add("t:pronoun");
        }
        f.add(own < 0 ? "t:neg" : "t:pos", Math.abs(own));
    }

    static String word(TargetContext c, int i) {
        if (i < 0) {
            return "<s>";
        }
        return i >= c.size() ? "</s>" : c.lower[i];
    }

    private static List<String> masked(TargetContext c) {
        boolean[] mention = new boolean[c.size()];
        for (int[] m : c.others) {
            for (int i = m[0]; i < m[1]; i++) {
                mention[i] = true;
            }
        }
        List<String> out = new ArrayList<>();
        out.add("<s>");
        for (int i = 0; i < c.size(); i++) {
            String w = c.isTarget(i) ? TARGET : mention[i] ? MENTION : c.lower[i];
            if (!w.equals(out.get(out.size() - 1)) || !w.startsWith("<")) {
                out.add(w);
            }
        }
        out.add("</s>");
        return out;
    }

    private static boolean isWordy(String w) {
        return Character.isLetterOrDigit(w.codePointAt(0)) || w.equals("!") || w.equals("?");
    }
}
