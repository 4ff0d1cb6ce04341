package io.newslens.quotes;

import io.newslens.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Finds the reported speech of a title-case headline on the first line: "Glenn Beck Blasts
 * Drudge for Mocking His Fast", "Bellwether County Says Trump Should Win" — the names before a
 * capitalised reporting verb are the speaker, the rest of the line what was said.
 *
 * <p>Why apart from {@link IndirectQuoteFinder}: the tagger reads title case as a run of proper
 * nouns ("Says/PROPN"), so neither the cue nor the clause shows in the tags; the verb is known
 * by its form instead (the present "-s" of headlines), and only on a headline, where that reading
 * is safe. One instance per analysis; not thread-safe.
 */
final class HeadlineSpeechFinder {
    private static final int MAX_SPEAKER_TOKENS = 6;
    private static final int MIN_CONTENT_TOKENS = 2;
    /** Capitalised words that open a clause, not a name: "If Obama Says It, It’s True". */
    private static final Set<String> NOT_NAMES = Set.of("if", "when", "why", "how", "what", "who", "as", "after",
            "before", "while", "don’t", "don't", "the", "a", "an", "of", "in", "and", "to", "for", "on", "at");

    private final DocumentView doc;
    private final ReportingVerbs verbs;

    HeadlineSpeechFinder(DocumentView doc, ReportingVerbs verbs) {
        this.doc = doc;
        this.verbs = verbs;
    }

    List<Reported> find() {
        int end = firstLineEnd();
        if (end < 3 || !isTitleCase(end) || !isNameWord(doc.token(0))) {
            return List.of();
        }
        for (int k = 1; k < Math.min(end, MAX_SPEAKER_TOKENS + 1); k++) {
            Token t = doc.token(k);
            if (!isNameWord(t)) {
                if (!isVerbForm(t) || verbs.lemmaOf(t) == null) {
                    return List.of();
                }
                int last = end - 1;
                while (last > k && ".!?:;".contains(doc.token(last).text())) {
                    last--;
                }
                if (last - k < MIN_CONTENT_TOKENS || doc.isQuoted(k + 1)) {
                    return List.of();
                }
                return List.of(new Reported(doc.token(k + 1).start(), doc.token(last).end(),
                        new Attribution(k, k + 1, new TokenRange(0, k))));
            }
        }
        return List.of();
    }

    /** The index after the last token of the first line. */
    private int firstLineEnd() {
        return doc.tokens.isEmpty() ? 0 : doc.lastTokenOnLine(0) + 1;
    }

    /** Every word of four letters or more is capitalised: a headline, not a sentence. */
    private boolean isTitleCase(int end) {
        for (int k = 0; k < end; k++) {
            String w = doc.token(k).text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of a name ("Glenn", "Beck", "GOP") that is not a reporting verb form. */
    private boolean isNameWord(Token t) {
        return t.isCapitalised() && !NOT_NAMES.contains(TokenTags.lower(t))
                && !(isVerbForm(t) && verbs.lemmaOf(t) != null);
    }

    /**
     * "Says", "Blasts": the present tense of headlines. Not a bare noun ("Claim"), nor a past
     * form, which a headline uses for the passive ("FDIC Accused Of …", "X Got Asked About …").
     */
    private static boolean isVerbForm(Token t) {
        return t.isCapitalised() && TokenTags.lower(t).endsWith("s");
    }
}
