package io.newslens.sentiment;

import java.util.Set;

/**
 * What the target does and what is done to it: the verb after it ("Iran attacked"), the word
 * before it ("condemned Iran", "accused Iran of"), the passive agent ("was praised by X"),
 * the governing word of a preposition ("sanctions against Iran") and its possessions
 * ("Trump's failed policy").
 *
 * <p>Why without a parser: a dependency parse would cost more than the whole classifier; these
 * adjacency patterns cover the common news constructions, and the learner weighs them.
 */
final class RoleFeatures {
    private static final int MAX_SKIP = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");
    private static final Set<String> PREPOSITIONS = Set.of(
            "of", "on", "against", "for", "to", "with", "at", "from", "about", "over", "toward", "towards", "by");

    private RoleFeatures() {
    }

    static void add(TargetContext c, Features f) {
        subjectVerb(c, f);
        wordBefore(c, f);
        possession(c, f);
    }

    private static void subjectVerb(TargetContext c, Features f) {
        boolean passive = false;
        int j = c.last + 1;
        while (j < c.size() && j - c.last <= MAX_SKIP && Cues.isAuxiliary(c.lower[j])) {
            passive |= Cues.isPassiveMarker(c.lower[j]);
            j++;
        }
        if (j >= c.size() || Cues.isClauseBreak(c.lower[j]) || !isWord(c.lower[j])) {
            return;
        }
        String role = passive && isParticiple(c.lower[j]) ? "r:patient" : "r:subj";
        addRole(c, f, role, j);
    }

    private static void wordBefore(TargetContext c, Features f) {
        int j = c.first - 1;
        while (j >= 0 && c.first - j <= 2 && DETERMINERS.contains(c.lower[j])) {
            j--;
        }
        if (j < 0 || !isWord(c.lower[j])) {
            return;
        }
        if (!PREPOSITIONS.contains(c.lower[j])) {
            addRole(c, f, "r:obj", j);
            return;
        }
        int head = j - 1;
        if (head >= 0 && isWord(c.lower[head])) {
            String role = c.lower[j].equals("by") && isParticiple(c.lower[head]) ? "r:agent" : "r:pobj";
            f.add(role + "=" + c.lower[head] + "_" + c.lower[j]);
            addValence(c, f, role, head);
        }
    }

    private static void possession(TargetContext c, Features f) {
        if (c.last < c.first || !c.lower[c.last].endsWith("'s")) {
            return;
        }
        for (int j = c.last + 1; j < c.size() && j - c.last <= 2; j++) {
            if (c.valence[j] != 0) {
                addValence(c, f, "r:poss", j);
                return;
            }
        }
    }

    private static void addRole(TargetContext c, Features f, String role, int j) {
        f.add(role + "=" + c.lower[j]);
        addValence(c, f, role, j);
    }

    private static void addValence(TargetContext c, Features f, String role, int j) {
        double v = c.valence[j];
        f.add(role + (v < 0 ? ":neg" : ":pos"), Math.abs(v));
    }

    private static boolean isParticiple(String w) {
        return w.endsWith("ed") || w.endsWith("en");
    }

    private static boolean isWord(String w) {
        return Character.isLetter(w.codePointAt(0));
    }
}
