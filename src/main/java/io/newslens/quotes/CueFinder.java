package io.newslens.quotes;

import static io.newslens.quotes.TokenTags.is;
import static io.newslens.quotes.TokenTags.isComma;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.Locale;

/**
 * Finds the reporting cue of a direct quotation and the words naming its speaker.
 *
 * <p>Patterns, tried in this order: after the quotation ("“...,” X said", "“...,” said X",
 * "“...,” X, a senator, said", "“...,” according to X"), then before it in the same sentence
 * ("X said: “...”", "X called for Y to “...”", "according to X, “...”", "In a statement, X
 * said: “...”"), the sentence before counting when it ends with a colon; then a name labelling
 * it before a colon ("Analysts agree - Ann Lee: “...”"). A quotation after
 * which text continues without punctuation ("“resistance groups” released") is a noun phrase,
 * never the object of a following verb.
 * One instance per analysis; not thread-safe.
 */
final class CueFinder {
    private static final String CLAUSE_END = ",?!—–-…:";
    private static final int MAX_APPOSITION = 30;
    private static final int LONG_QUOTE_WORDS = 6;
    /** Most words in a name labelling a quotation ("Ann Lee and Bo Ruiz:"). */
    private static final int MAX_LABEL_TOKENS = 6;

    private final DocumentView doc;
    private final ReportingVerbs verbs;
    private final SubjectFinder subjects;

    CueFinder(DocumentView doc, ReportingVerbs verbs, SubjectFinder subjects) {
        this.doc = doc;
        this.verbs = verbs;
        this.subjects = subjects;
    }

    /** The attribution of {@code q}, or null when no cue is found. */
    Attribution find(QuotedText q, int limit) {
        Attribution after = after(q, limit);
        return after != null ? after : before(q);
    }

    /** "“...,” X said" and its variants; {@code limit} is where the next quotation starts. */
    private Attribution after(QuotedText q, int limit) {
        int t = doc.tokenAtOrAfter(q.end());
        if (t >= doc.tokens.size() || doc.lineBreakBetween(q.end(), doc.token(t).start()) || !endsClause(q, t)) {
            return null;
        }
        boolean anyVerb = endsWithComma(q, t); // "“...,” she elaborated": any verb right after is a cue
        int end = clauseEnd(t, limit);
        while (t < end && (isComma(doc.token(t)) || "—–-".contains(doc.token(t).text()))) {
            t++;
        }
        if (t >= end) {
            return null;
        }
        if (doc.isCue(t, verbs)) { // "said X"
            return new Attribution(t, t + 1, subjects.nounPhraseAt(t + 1, end));
        }
        if (doc.isAccordingTo(t, end)) { // before the verb slot: "according/VERB"
            return new Attribution(t, t + 2, subjects.nounPhraseAt(t + 2, end));
        }
        if (anyVerb && isSpeechVerbSlot(t)) { // "“...,” elaborated X"; "“A Title,” sold well" names no one
            TokenRange speaker = subjects.nounPhraseAt(t + 1, end);
            return speaker == null ? null : new Attribution(t, t + 1, speaker);
        }
        TokenRange speaker = subjects.nounPhraseAt(t, end);
        if (speaker == null) {
            return null;
        }
        int last = speaker.end() - 1;
        if (last > speaker.first() && isVerbTaggedNoun(last, end)) { // "Conway notes/NOUN": the phrase ate the verb
            return new Attribution(last, last + 1, new TokenRange(speaker.first(), last));
        }
        int k = skipApposition(speaker.end(), end);
        if (k > speaker.end() + 2 && isComma(doc.token(speaker.end())) && isComma(doc.token(k - 1))) {
            TokenRange name = subjects.nounPhraseAt(speaker.end() + 1, k - 1);
            if (name != null && name.end() == k - 1 && subjects.isRoleWithName(speaker, name)) {
                speaker = name; // "the union's general secretary, Rui Monteiro, told"
            }
        }
        while (k < end && TokenTags.isVerbModifier(doc.token(k)) && !doc.isCue(k, verbs)) {
            k++;
        }
        boolean cue = k < end && (doc.isCue(k, verbs) || (anyVerb && isSpeechVerbSlot(k)));
        return cue ? new Attribution(k, k + 1, speaker) : null;
    }

    /** "“...,” Conway notes/NOUN.": a reporting verb the tagger took for a noun, ending the clause. */
    private boolean isVerbTaggedNoun(int k, int end) {
        return TokenTags.isCommonNoun(doc.token(k)) && verbs.lemmaOf(doc.token(k)) != null
                && (k + 1 == end || isComma(doc.token(k + 1)));
    }

    /** A plain verb (not "be", "have" or a modal) where a reporting verb is expected. */
    private boolean isSpeechVerbSlot(int k) {
        return doc.token(k).pos().equals("VERB") && !doc.isQuoted(k);
    }

    /** True when the quotation ends with a comma, question or exclamation mark, inside or after it. */
    private boolean endsWithComma(QuotedText q, int next) {
        String content = doc.text.substring(q.contentStart(), q.contentEnd()).replaceAll("[\\s'’]+$", "");
        return content.endsWith(",") || content.endsWith("?") || content.endsWith("!") || isComma(doc.token(next));
    }

    /**
     * True when the quotation ends a clause: punctuation inside or right after its closing mark,
     * or a quotation too long to be a name ("the “Party of Trump” campaign said").
     */
    private boolean endsClause(QuotedText q, int next) {
        String content = doc.text.substring(q.contentStart(), q.contentEnd()).replaceAll("[\\s'’]+$", "");
        if (content.split("\\s+").length >= LONG_QUOTE_WORDS) {
            return true;
        }
        if (!content.isEmpty() && CLAUSE_END.indexOf(content.charAt(content.length() - 1)) >= 0) {
            return true;
        }
        Token t = doc.token(next);
        if (isComma(t)) {
            return true;
        }
        return content.endsWith(".") && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * The token index where the clause after a quotation ends: sentence end, next quotation or
     * line. Why not the sentence layer: a title ("Sen.") or a party tag ("(R-Fla.)") often ends a
     * detected sentence inside the attribution.
     */
    private int clauseEnd(int from, int limit) {
        int k = from;
        int parentheses = 0;
        while (k < doc.tokens.size() && doc.token(k).start() < limit) {
            String w = doc.token(k).text();
            parentheses += w.equals("(") ? 1 : w.equals(")") ? -1 : 0;
            boolean stop = w.equals("!") || w.equals("?") || w.equals(";") || TokenTags.isQuoteMark(doc.token(k))
                    || (w.equals(".") && parentheses <= 0 && !TokenTags.isTitleDot(doc.tokens, k));
            if (stop || doc.lineBreakBetween(doc.token(from).start(), doc.token(k).start())) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * After "X, a former senator," or "X (R-Fla.)" → the index after the closing comma or
     * parenthesis; else {@code k}.
     */
    private int skipApposition(int k, int end) {
        if (k < end && doc.token(k).text().equals("(")) {
            for (int j = k + 1; j < Math.min(end, k + MAX_APPOSITION); j++) {
                if (doc.token(j).text().equals(")")) {
                    return j + 1;
                }
            }
        }
        if (k >= end || !isComma(doc.token(k))) {
            return k;
        }
        for (int j = k + 1; j < Math.min(end, k + MAX_APPOSITION); j++) {
            if (isComma(doc.token(j))) {
                return j + 1;
            }
        }
        return k;
    }

    /** "X said: “...”" and its variants: the last cue before the quotation in its sentence. */
    private Attribution before(QuotedText q) {
        int first = doc.tokenAtOrAfter(q.start());
        if (first >= doc.tokens.size()) {
            return null;
        }
        int sentenceIndex = doc.sentenceOfToken(first);
        Sentence sentence = doc.sentence(sentenceIndex);
        if (startsAfterColon(q, sentence) && sentenceIndex > 0) {
            sentence = doc.sentence(sentenceIndex - 1);
        }
        Attribution withoutSpeaker = null;
        for (int k = first - 1; k >= sentence.firstToken(); k--) {
            if (k > sentence.firstToken() && doc.isAccordingTo(k - 1, k + 1)) {
                return new Attribution(k - 1, k + 1, subjects.nounPhraseAt(k + 1, first));
            }
            if (doc.isCue(k, verbs)) {
                TokenRange speaker = subjects.subjectOf(k, sentence.firstToken());
                if (speaker == null) {
                    speaker = invertedSpeaker(k, first);
                }
                if (speaker != null) {
                    return new Attribution(k, k + 1, speaker);
                }
                if (withoutSpeaker == null) {
                    withoutSpeaker = new Attribution(k, k + 1, null);
                }
            }
        }
        return withoutSpeaker != null ? withoutSpeaker : nameLabel(first);
    }

    /**
     * "Analysts agree - Ann Lee: “...”", "More from Lee: “...”", "Lee: “...”": a name
     * of capitalised words ending in a proper noun labels the quotation opening at {@code first}
     * after its colon, when a line, a sentence, a dash or "from" comes before the name. Not a
     * one-word label in capitals ("UPDATE: “...”"), which heads a paragraph.
     */
    private Attribution nameLabel(int first) {
        int colon = first - 1;
        if (colon < 1 || !doc.token(colon).text().equals(":") || !doc.token(colon - 1).pos().equals("PROPN")) {
            return null;
        }
        int start = colon;
        while (start > 0 && colon - start < MAX_LABEL_TOKENS && isNameWord(doc.token(start - 1))
                && !doc.lineBreakBetween(doc.token(start - 1).end(), doc.token(start).start())) {
            start--;
        }
        String word = doc.token(start).text();
        if (start == colon || !doc.token(start).isCapitalised()
                || (colon - start == 1 && word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) {
            return null;
        }
        boolean bounded = start == 0 || doc.lineBreakBetween(doc.token(start - 1).end(), doc.token(start).start())
                || doc.sentence(doc.sentenceOfToken(start)).firstToken() == start
                || "-–—".contains(doc.token(start - 1).text()) || is(doc.token(start - 1), "from");
        return bounded ? new Attribution(colon, colon + 1, new TokenRange(start, colon)) : null;
    }

    /** A word of a name: capitalised ("Ann", "M.") or "and" joining two names. */
    private static boolean isNameWord(Token t) {
        return (t.isCapitalised() && !TokenTags.isQuoteMark(t)) || is(t, "and");
    }

    /**
     * The speaker after a cue with no subject before it: "Said Comey, “...”", "“A,” said X, “B”"
     * (the second part of an interrupted quotation); the phrase must end at a comma, a colon or
     * the quotation.
     */
    private TokenRange invertedSpeaker(int cue, int quoteStart) {
        TokenRange speaker = subjects.nounPhraseAt(cue + 1, quoteStart);
        if (speaker == null) {
            return null;
        }
        String next = doc.token(speaker.end()).text();
        return speaker.end() == quoteStart || next.equals(",") || next.equals(":") ? speaker : null;
    }

    /** True when only whitespace and a colon stand between the previous sentence and the quotation. */
    private boolean startsAfterColon(QuotedText q, Sentence sentence) {
        int k = q.start(); // not substring(0, start): copying the text per quotation is quadratic
        while (k > 0 && Character.isWhitespace(doc.text.charAt(k - 1))) {
            k--;
        }
        return k > 0 && doc.text.charAt(k - 1) == ':' && doc.tokenAtOrAfter(q.start()) <= sentence.firstToken() + 1;
    }
}
