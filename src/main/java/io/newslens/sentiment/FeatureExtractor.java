package io.newslens.sentiment;

import java.util.Set;

/**
 * Turns a sentence and a target span into hashed features for the sentiment model.
 *
 * <p>Contract: deterministic; the same sentence, target and groups always give the same vector.
 * Thread-safe (it holds only the immutable lexicon and group set).
 *
 * <p>Why these features: NewsMTSC labels sentiment <em>toward</em> a target, which often
 * differs from the sentence's tone ("Washington condemned Iran": negative toward Iran, not
 * toward Washington). So besides a bag of words the extractor says where the sentiment words
 * are relative to the target, whose mention they are nearest to, what the target does or has
 * done to it, and whether the words are someone else's quoted voice.
 */
final class FeatureExtractor {
    private static final int WINDOW = 6;
    private static final int[] BIN_LIMITS = {2, 5, 10, Integer.MAX_VALUE};

    private final SentimentLexicon lexicon;
    private final Set<FeatureGroup> groups;
    private final int bits;

    FeatureExtractor(SentimentLexicon lexicon, Set<FeatureGroup> groups, int bits) {
        this.lexicon = lexicon;
        this.groups = Set.copyOf(groups);
        this.bits = bits;
    }

    Features extract(String sentence, int targetStart, int targetEnd) {
        TargetContext c = context(sentence, targetStart, targetEnd);
        Features f = new Features(bits);
        f.add("bias");
        if (groups.contains(FeatureGroup.BAG_OF_WORDS)) {
            ContextFeatures.bagOfWords(c, f);
        }
        if (groups.contains(FeatureGroup.WINDOW)) {
            ContextFeatures.window(c, f, WINDOW);
        }
        if (groups.contains(FeatureGroup.PROXIMITY)) {
            ContextFeatures.proximity(c, f);
        }
        if (groups.contains(FeatureGroup.LEXICON)) {
            lexiconBins(c, f);
        }
        if (groups.contains(FeatureGroup.ROLE)) {
            RoleFeatures.add(c, f);
        }
        if (groups.contains(FeatureGroup.QUOTES)) {
            quotes(c, f);
        }
        if (groups.contains(FeatureGroup.MENTIONS)) {
            mentions(c, f);
        }
        if (groups.contains(FeatureGroup.TARGET)) {
            ContextFeatures.target(c, f);
        }
        if (groups.contains(FeatureGroup.CLAUSE)) {
            ClauseFeatures.add(c, f);
        }
        if (groups.contains(FeatureGroup.LAYOUT)) {
            layout(c, f);
        }
        return f;
    }

    TargetContext context(String sentence, int targetStart, int targetEnd) {
        return new TargetContext(sentence, targetStart, targetEnd, lexicon, groups.contains(FeatureGroup.NEGATION));
    }

    /** Distance bin of a token distance: 0 for 1-2, 1 for 3-5, 2 for 6-10, 3 beyond. */
    static int bin(int distance) {
        int b = 0;
        while (distance > BIN_LIMITS[b]) {
            b++;
        }
        return b;
    }

    /** Weight of a sentiment word at {@code distance} tokens: 1 adjacent, 1/2 at 5, 1/3 at 9. */
    static double weight(int distance) {
        return 1.0 / (1.0 + (distance - 1) / 4.0);
    }

    private static void lexiconBins(TargetContext c, Features f) {
        double[][] bins = new double[2][2 * BIN_LIMITS.length];
        double[] weighted = new double[2];
        for (int i = 0; i < c.size(); i++) {
            double v = c.valence[i];
            if (v == 0 || c.isTarget(i)) {
                continue;
            }
            int sign = v > 0 ? 1 : 0;
            int side = i < c.first ? 0 : BIN_LIMITS.length;
            bins[sign][side + bin(c.distance(i))] += Math.abs(v);
            weighted[sign] += Math.abs(v) * weight(c.distance(i));
        }
        for (int b = 0; b < bins[0].length; b++) {
            String name = (b < BIN_LIMITS.length ? "lex:L" : "lex:R") + (b % BIN_LIMITS.length);
            f.add(name + ":neg", squash(bins[0][b]));
            f.add(name + ":pos", squash(bins[1][b]));
        }
        f.add("lex:w:neg", squash(weighted[0]));
        f.add("lex:w:pos", squash(weighted[1]));
    }

    private static void quotes(TargetContext c, Features f) {
        if (c.targetQuoted()) {
            f.add("q:target");
        }
        double[] in = new double[2];
        double[] out = new double[2];
        for (int i = 0; i < c.size(); i++) {
            double v = c.valence[i];
            if (v == 0 || c.isTarget(i)) {
                continue;
            }
            double[] sums = c.quoted[i] ? in : out;
            sums[v > 0 ? 1 : 0] += Math.abs(v) * weight(c.distance(i));
        }
        f.add("q:in:neg", squash(in[0]));
        f.add("q:in:pos", squash(in[1]));
        f.add("q:out:neg", squash(out[0]));
        f.add("q:out:pos", squash(out[1]));
    }

    /** Sentiment words credited to the target only when no other mention is nearer to them. */
    private static void mentions(TargetContext c, Features f) {
        double[] own = new double[2];
        double[] other = new double[2];
        for (int i = 0; i < c.size(); i++) {
            double v = c.valence[i];
            if (v == 0 || c.isTarget(i)) {
                continue;
            }
            double[] sums = c.nearerToOther(i) ? other : own;
            sums[v > 0 ? 1 : 0] += Math.abs(v);
        }
        f.add("m:own:neg", squash(own[0]));
        f.add("m:own:pos", squash(own[1]));
        f.add("m:other:neg", squash(other[0]));
        f.add("m:other:pos", squash(other[1]));
        f.add("m:count=" + Math.min(c.others.size(), 3));
        boolean firstMention = c.others.stream().noneMatch(m -> m[0] < c.first);
        f.add(firstMention ? "m:first" : "m:later");
    }

    /**
     * Sentence length in tokens (bins &lt;15, &lt;30, &lt;50, more) and the target's position:
     * first token, within the last two tokens, else which third of the sentence it starts in.
     * Long multi-clause sentences are more often neutral toward a target buried in them.
     */
    private static void layout(TargetContext c, Features f) {
        int n = c.size();
        f.add("x:len=" + (n < 15 ? 0 : n < 30 ? 1 : n < 50 ? 2 : 3));
        f.add("x:pos=" + (c.first == 0 ? "start" : c.last >= n - 2 ? "end" : Integer.toString(c.first * 3 / n)));
    }

    /** Dampens sums of many sentiment words so long sentences do not dominate. */
    static double squash(double sum) {
        return Math.log1p(sum);
    }
}
