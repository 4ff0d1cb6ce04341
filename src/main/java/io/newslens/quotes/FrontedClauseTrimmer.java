package io.newslens.quotes;

import io.newslens.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Ends reported speech that sits in a sentence-opening subordinate clause at the comma before
 * the main clause: "After Trump said that Cuba would sue, Rubio fired back" reports "that Cuba
 * would sue", not what Rubio did.
 *
 * <p>Why: content otherwise runs to the end of the sentence, and the main clause is the writer's
 * (or another speaker's) words. One instance per analysis; not thread-safe.
 */
final class FrontedClauseTrimmer {
    /** Words that open a subordinate clause before the main clause of a sentence. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "while", "since", "although",
            "though", "because", "as", "if", "before", "once", "until", "whereas", "whether");
    private static final int MIN_TOKENS = 3;

    private final DocumentView doc;
    private final SubjectFinder subjects;

    FrontedClauseTrimmer(DocumentView doc, SubjectFinder subjects) {
        this.doc = doc;
        this.subjects = subjects;
    }

    List<Reported> trim(List<Reported> reported) {
        return reported.stream().map(this::trimmed).toList();
    }

    private Reported trimmed(Reported r) {
        TokenRange speaker = r.attribution().speaker();
        if (speaker == null) {
            return r;
        }
        Sentence sentence = doc.sentence(doc.sentenceOfToken(r.attribution().cue()));
        int opener = sentence.firstToken();
        if (speaker.first() != opener + 1 || !SUBORDINATORS.contains(TokenTags.lower(doc.token(opener)))) {
            return r;
        }
        int first = doc.tokenAtOrAfter(r.start());
        int end = doc.tokenAtOrAfter(r.end());
        for (int k = first + MIN_TOKENS; k < end - 1; k++) {
            if (TokenTags.isComma(doc.token(k)) && !doc.isQuoted(k) && opensMainClause(k + 1, end)) {
                return new Reported(r.start(), doc.token(k - 1).end(), r.attribution());
            }
        }
        return r;
    }

    /** A subject noun phrase followed by a finite verb, adverbs aside: "Rubio fired back". */
    private boolean opensMainClause(int k, int end) {
        TokenRange np = subjects.nounPhraseAt(k, end);
        if (np == null) {
            return false;
        }
        int v = np.end();
        while (v < end && TokenTags.isAdverb(doc.token(v))) {
            v++;
        }
        return v < end && TokenTags.isFiniteVerb(doc.token(v));
    }
}
