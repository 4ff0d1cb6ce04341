package io.newslens.quotes;

import static io.newslens.quotes.TokenTags.is;
import static io.newslens.quotes.TokenTags.isComma;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the reported clause around a quoted fragment that no other finder placed in reported
 * speech: "X says the plan appeals to the “worst instincts” of voters", "X told Y that people
 * “gotta get over it” and fight back", "X called the report a “rush to judgment”".
 *
 * <p>A quotation whose sentence has words of the writer's before it and a cue earlier in the
 * same sentence is mixed speech of the cue's subject (or, when the cue has none of its own, of the
 * speaker the direct pass would give the quotation; else of no one): its content runs from the cue's
 * complement (after "that" when one comes before the quotation) to the end of the clause, which
 * may go on after the closing mark, and stops before a coordinated second cue ("and said") or a
 * dash or semicolon opening a new clause. A quotation that is the whole complement ("said “A”")
 * is left to the direct pass. With no cue before it, a quotation ending on a comma right before
 * its attribution ("The plan will “fall apart,” Lee said") ends the clause that opens the sentence.
 * A title in a name slot ("ABC’s “This Week”") is no fragment of speech.
 *
 * <p>Why: the quoted words are the speaker's, so the clause holding them is reported speech
 * whatever shape the tagger gives it ("appeals/NOUN", "history/PRON has"); the indirect finder
 * needs a clause it can read and misses these, leaving only the fragment as a direct quotation.
 * One instance per analysis; not thread-safe.
 */
final class QuotedFragmentClauseFinder {
    private final DocumentView doc;
    private final ReportingVerbs verbs;
    private final SubjectFinder subjects;
    private final CueFinder cues;

    QuotedFragmentClauseFinder(DocumentView doc, ReportingVerbs verbs, SubjectFinder subjects, CueFinder cues) {
        this.doc = doc;
        this.verbs = verbs;
        this.subjects = subjects;
        this.cues = cues;
    }

    /** Mixed reported speech for quotations outside every span of {@code found}. */
    List<Reported> find(List<Reported> found) {
        List<Reported> added = new ArrayList<>();
        for (QuotedText q : doc.quoted) {
            if (overlapsAny(q, found) || overlapsAny(q, added)) {
                continue;
            }
            Reported r = clauseAround(q);
            if (r != null) {
                added.add(r);
            }
        }
        return added;
    }

    private static boolean overlapsAny(QuotedText q, List<Reported> spans) {
        for (Reported r : spans) {
            if (r.start() < q.end() && q.start() < r.end()) {
                return true;
            }
        }
        return false;
    }

    private Reported clauseAround(QuotedText q) {
        int open = doc.tokenAtOrAfter(q.start());
        if (open == 0 || open >= doc.tokens.size() || !q.closed()) {
            return null;
        }
        Sentence sentence = doc.sentence(doc.sentenceOfToken(open));
        int cue = cueBefore(open, sentence);
        if (cue < 0) {
            return clauseBefore(q, open, sentence);
        }
        if (namesItsSpeakerAfter(cue, open)) {
            return null; // "“A,” said Cuban, a host of “Shark Tank”": the fragment is in the speaker's description
        }
        TokenRange speaker = subjects.subjectOf(cue, sentence.firstToken());
        if (speaker == null) {
            speaker = directSpeaker(q); // "..., and said it’s “A”": the subject the direct pass finds further back
        }
        int first = complementStart(cue, open);
        if (first >= open || isComma(doc.token(open - 1)) || is(doc.token(open - 1), ":")) {
            return null; // "said “A”", "said, “A”": a quotation of its own
        }
        if (!Character.isLetterOrDigit(doc.token(first).text().codePointAt(0))
                || QuoteAnnotator.namesAWork(doc.text, q)) {
            return null; // "said, alluding to “A”", "said — “A”", "told NBC’s “Today”": no complement
        }
        int end = clauseEnd(doc.tokenAtOrAfter(q.end()), sentence);
        return new Reported(doc.token(first).start(), Math.max(doc.token(end - 1).end(), q.contentEnd()),
                new Attribution(cue, cue + 1, speaker));
    }

    /**
     * "The plan will “fall apart,” Lee said.", "..., “very upset,” said a source": a quotation ending
     * on a comma inside its marks, followed by its attribution, with only the writer's words before
     * it in the sentence, is the end of the reported clause that opens the sentence.
     */
    private Reported clauseBefore(QuotedText q, int open, Sentence sentence) {
        int after = doc.tokenAtOrAfter(q.end());
        int first = sentence.firstToken();
        if (after >= sentence.endToken() || open - first < 2 || isComma(doc.token(open - 1))
                || is(doc.token(open - 1), ":") || !doc.text.substring(q.contentStart(), q.contentEnd()).strip().endsWith(",")
                || hasQuotation(first, open) || QuoteAnnotator.namesAWork(doc.text, q)) {
            return null; // not "Speaking on ABC’s “This Week,” Lee said"
        }
        Attribution attribution = attributionAfter(after, sentence);
        return attribution == null ? null
                : new Reported(doc.token(first).start(), q.end(), attribution);
    }

    /** "Lee said" or "said Lee" at {@code k}; null when neither starts there. */
    private Attribution attributionAfter(int k, Sentence sentence) {
        if (doc.isCue(k, verbs)) {
            TokenRange speaker = subjects.nounPhraseAt(k + 1, sentence.endToken());
            return speaker == null ? null : new Attribution(k, k + 1, speaker);
        }
        TokenRange speaker = subjects.nounPhraseAt(k, sentence.endToken());
        return speaker != null && speaker.end() < sentence.endToken() && doc.isCue(speaker.end(), verbs)
                ? new Attribution(speaker.end(), speaker.end() + 1, speaker) : null;
    }

    private boolean hasQuotation(int first, int end) {
        for (int k = first; k < end; k++) {
            if (TokenTags.isQuoteMark(doc.token(k)) || doc.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cue follows its content (a comma or closing mark before it) and a noun phrase
     * closed by a comma comes after it: "“A,” said X, who ...", "A, said X, 34, a ...".
     */
    private boolean namesItsSpeakerAfter(int cue, int open) {
        Token before = doc.token(cue - 1);
        if (!(isComma(before) || TokenTags.isQuoteMark(before))) {
            return false;
        }
        TokenRange speaker = subjects.nounPhraseAt(cue + 1, open);
        return speaker != null && speaker.end() < open && isComma(doc.token(speaker.end()));
    }

    /** The speaker the direct pass gives {@code q} on its own, or null. */
    private TokenRange directSpeaker(QuotedText q) {
        int i = doc.quoted.indexOf(q);
        int limit = i + 1 < doc.quoted.size() ? doc.quoted.get(i + 1).start() : doc.text.length();
        Attribution direct = cues.find(q, limit);
        return direct == null ? null : direct.speaker();
    }

    /** The last cue before {@code open} in {@code sentence} with no quotation between; -1 if none. */
    private int cueBefore(int open, Sentence sentence) {
        for (int k = open - 1; k >= sentence.firstToken(); k--) {
            if (TokenTags.isQuoteMark(doc.token(k)) || doc.isQuoted(k)) {
                return -1;
            }
            if (doc.isCue(k, verbs)) {
                return k;
            }
        }
        return -1;
    }

    /** After the cue, its adverbs and time words; after "that" when one comes before {@code open}. */
    private int complementStart(int cue, int open) {
        for (int k = cue + 1; k < open; k++) {
            if (is(doc.token(k), "that") && k + 1 < open && !opensVerb(k + 1)) {
                return k + 1; // not the relative "the movement that’s sweeping"
            }
        }
        int k = cue + 1;
        while (k < open && (TokenTags.isAdverb(doc.token(k)) || TokenTags.isTimeWord(doc.token(k))
                || is(doc.token(k), "on") && k + 1 < open && TokenTags.isTimeWord(doc.token(k + 1)))) {
            k++;
        }
        return k;
    }

    /**
     * The end of the clause going on from {@code from}: before "and"/"but" with a cue
     * ("“crazy” and said ..."), a dash or semicolon, or the sentence's final punctuation.
     */
    private int clauseEnd(int from, Sentence sentence) {
        int end = sentence.endToken();
        for (int k = from; k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (doc.isQuoted(k)) {
                continue;
            }
            if (t.text().equals(";") || t.text().equals("—") || t.text().equals("–") || coordinatesCue(k)
                    || (isComma(t) || k == from) && attributionAt(isComma(t) ? k + 1 : k, sentence)) {
                end = k;
                break;
            }
        }
        while (end > from && end - 1 > sentence.firstToken() && isTrailing(doc.token(end - 1)) && !doc.isQuoted(end - 1)) {
            end--;
        }
        return Math.max(end, from);
    }

    /**
     * True when a speaker and cue of their own start at {@code k}: "..., she said in an interview",
     * "“A,” she said" (the comma inside the marks).
     */
    private boolean attributionAt(int k, Sentence sentence) {
        TokenRange np = subjects.nounPhraseAt(k, sentence.endToken());
        int after = np == null ? k : np.end();
        return after < sentence.endToken() && doc.isCue(after, verbs);
    }

    /** True when "and"/"but" at {@code k} (after an optional comma) joins a second cue, adverbs between. */
    private boolean coordinatesCue(int k) {
        if (!(is(doc.token(k), "and") || is(doc.token(k), "but"))) {
            return false;
        }
        int v = k + 1;
        while (v < doc.tokens.size() && TokenTags.isAdverb(doc.token(v))) {
            v++;
        }
        return v < doc.tokens.size() && doc.isCue(v, verbs);
    }

    private boolean opensVerb(int k) {
        Token t = doc.token(k);
        return TokenTags.isVerb(t) || TokenTags.isFiniteVerb(t) || TokenTags.isContractedVerbAfter(doc.token(k - 1), t);
    }

    private static boolean isTrailing(Token t) {
        return (t.text().length() == 1 && ".!?,:".contains(t.text()));
    }
}
