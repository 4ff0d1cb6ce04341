package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits off speech reported inside a relative clause of other reported speech: "X said the
 * plan failed, which she called a disgrace" is X's "the plan failed" and her "which she called
 * a disgrace"; "a result that he said surprised him" adds his "that he said surprised him".
 *
 * <p>Why: the finder leaves cues inside content to the outer attribution, so the inner speaker's
 * words were reported as X's. A comma before the pronoun ends the outer content there; without
 * one the clause restricts a noun of the outer content, which keeps it. One instance per
 * analysis; not thread-safe.
 */
final class NestedSpeechSplitter {
    private static final Set<String> PRONOUNS = Set.of("which", "that", "who");
    private static final int MIN_TOKENS = 3;

    private final DocumentView doc;
    private final ReportingVerbs verbs;
    private final SubjectFinder subjects;

    NestedSpeechSplitter(DocumentView doc, ReportingVerbs verbs, SubjectFinder subjects) {
        this.doc = doc;
        this.verbs = verbs;
        this.subjects = subjects;
    }

    List<Reported> split(List<Reported> reported) {
        List<Reported> out = new ArrayList<>();
        for (Reported r : reported) {
            Reported inner = innerSpeech(r);
            if (inner == null) {
                out.add(r);
                continue;
            }
            int pronoun = doc.tokenAtOrAfter(inner.start());
            boolean comma = TokenTags.isComma(doc.token(pronoun - 1));
            out.add(comma ? new Reported(r.start(), doc.token(pronoun - 2).end(), r.attribution()) : r);
            out.add(inner);
        }
        return out;
    }

    /** The first relative clause in {@code r} whose subject speaks ("which she called …"), or null. */
    private Reported innerSpeech(Reported r) {
        int first = doc.tokenAtOrAfter(r.start());
        int end = doc.tokenAtOrAfter(r.end());
        for (int k = first + MIN_TOKENS; k < end - 2; k++) {
            if (!PRONOUNS.contains(TokenTags.lower(doc.token(k))) || doc.isQuoted(k)) {
                continue;
            }
            TokenRange subject = subjects.nounPhraseAt(k + 1, end);
            if (subject != null && subject.end() < end && doc.isCue(subject.end(), verbs)
                    && !TokenTags.isRelativePronoun(doc.token(subject.first()))) {
                return new Reported(doc.token(k).start(), r.end(), new Attribution(subject.end(), subject.end() + 1,
                        subject));
            }
        }
        return null;
    }
}
