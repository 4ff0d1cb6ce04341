package io.newslens.quotes;

import static io.newslens.quotes.TokenTags.is;
import static io.newslens.quotes.TokenTags.isComma;
import static io.newslens.quotes.TokenTags.isNoun;
import static io.newslens.quotes.TokenTags.isNounPhraseWord;
import static io.newslens.quotes.TokenTags.isPronoun;

import io.newslens.nlp.Token;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds the noun phrase that is the subject of a verb, or that follows a word, using only
 * part-of-speech tags and punctuation.
 *
 * <p>Why no parser: OpenNLP ships no English dependency parser, and news attribution is
 * dominated by a few surface shapes: "X said", "X, who ..., said", "X in a statement said",
 * "X did this and said", "said X". Each rule below handles one of them; anything else yields
 * null, so that an unknown shape gives no speaker rather than a wrong one.
 * Stateless apart from the token list; one instance per analysis.
 */
final class SubjectFinder {
    private static final int MAX_PARENTHETICAL = 30;
    private static final int MAX_DEPTH = 3;
    /** Longest aside between dashes, in tokens, between a subject and its verb. */
    private static final int MAX_DASH_ASIDE = 40;
    /**
     * Words that open a clause a later participle does not belong to, whatever their tag; not
     * "when", "as" or "while": "when protesters interrupted her, shouting" is theirs.
     */
    /** Verbs whose object does what the participle after it says ("left 62 percent of voters saying"), unless passive. */
    private static final Set<String> SEEING_VERBS = Set.of("see", "saw", "seen", "sees", "hear", "heard", "hears",
            "watch", "watched", "find", "found", "finds", "leave", "left", "leaves", "have", "has", "had", "keep", "kept",
            "include", "included", "includes", "show", "showed", "shows", "shown", "get", "got", "catch", "caught");
    private static final Set<String> FLOATING_QUANTIFIERS = Set.of("both", "all", "each");
    private static final Set<String> REFLEXIVES = Set.of("itself", "himself", "herself", "themselves");
    /** Object pronouns that end a share of people ("most of them", "two of us"). */
    private static final Set<String> SHARED_PRONOUNS = Set.of("them", "us", "you");
    private static final Set<String> SUBORDINATORS = Set.of("that", "after", "before", "because", "since",
            "although", "though", "until", "whether", "if");

    private final List<Token> tokens;
    private final IntPredicate isCue;

    /** @param isCue tells whether the token at an index is a reporting verb used as a cue */
    SubjectFinder(List<Token> tokens, IntPredicate isCue) {
        this.tokens = tokens;
        this.isCue = isCue;
    }

    /** The subject of the verb at {@code verb}, searched back to {@code sentenceStart}; null if none. */
    TokenRange subjectOf(int verb, int sentenceStart) {
        return subjectOf(verb, sentenceStart, 0);
    }

    private TokenRange subjectOf(int verb, int sentenceStart, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (verb - 1 >= sentenceStart && (is(tokens.get(verb - 1), "to") || is(tokens.get(verb - 1), "by"))) {
            int main = previousFiniteVerb(verb - 1, sentenceStart); // "X went on to say", "X continued by saying"
            return main < 0 ? null : subjectOf(main, sentenceStart, depth + 1);
        }
        int j = verb - 1;
        while (j >= sentenceStart && ((TokenTags.isVerbModifier(tokens.get(j)) && !isPronoun(tokens.get(j)))
                || isFloatingQuantifier(j, sentenceStart))) {
            j--;
        }
        if (j < sentenceStart) {
            return null;
        }
        TokenRange headless = subjectWithoutNounAtEnd(j, sentenceStart);
        if (headless != null) {
            return headless;
        }
        Token before = tokens.get(j);
        if (isDash(before) && !TokenTags.isHyphenJoined(tokens, j)) { // "Smith — who was there — said"
            int open = openingDash(j, sentenceStart);
            return open <= sentenceStart ? null : stackedAppositionHead(nounPhraseEndingAt(
                    beforeAside(open - 1, sentenceStart), sentenceStart, depth, true), sentenceStart);
        }
        if (isComma(before)) {
            if (TokenTags.isGerund(tokens.get(verb))) { // "..., saying": the subject of the main clause
                return mainSubjectBefore(j, sentenceStart, depth);
            }
            int open = parentheticalStart(j, sentenceStart);
            if (open < 0) {
                return null;
            }
            TokenRange outer = stackedAppositionHead(nounPhraseEndingAt(beforeAside(open - 1, sentenceStart),
                    sentenceStart, depth, true), sentenceStart);
            if (TokenTags.isVerb(tokens.get(open + 1))) {
                return outer; // "The aides, led by Ann Lee, said": not Ann Lee
            }
            TokenRange inner = nounPhraseEndingAt(j - 1, open + 1, depth, false);
            boolean nameAfterNoPhrase = outer == null && inner != null // "Another ally/ADV, Tom Vilsack, told"
                    && tokens.get(inner.end() - 1).pos().equals("PROPN");
            return isRoleWithName(outer, inner) || nameAfterNoPhrase ? inner : outer;
        }
        if (is(before, "and") || is(before, "but")) {
            // "X said A and said B": the first cue's subject; "X smiled and said": the verb's
            int cue = previousCue(j, sentenceStart);
            TokenRange subject = cue < 0 ? null : subjectOf(cue, sentenceStart, depth + 1);
            int main = previousFiniteVerb(j, sentenceStart);
            if (subject == null && main >= 0 && main != cue) {
                subject = subjectOf(main, sentenceStart, depth + 1);
            }
            if (cue >= 0 || main >= 0) {
                return subject;
            }
        }
        TokenRange phrase = nounPhraseEndingAt(j, sentenceStart, depth, true);
        if (phrase != null && TokenTags.isGerund(tokens.get(verb))) {
            TokenRange agent = subjectOfObjectVerb(phrase, sentenceStart, depth);
            return agent != null ? agent : phrase;
        }
        return phrase;
    }

    /**
     * A subject ending at {@code last} on a word the noun-phrase rules do not take: a share of a
     * pronoun ("most of them", "all of us"), a name with an emphatic reflexive ("Ford itself": the
     * name), a noun with a past participle after it ("those surveyed", "voters polled"); or null.
     */
    private TokenRange subjectWithoutNounAtEnd(int last, int sentenceStart) {
        if (last - 1 < sentenceStart) {
            return null;
        }
        Token word = tokens.get(last);
        Token previous = tokens.get(last - 1);
        if (REFLEXIVES.contains(TokenTags.lower(word))) {
            return nounPhraseEndingAt(last - 1, sentenceStart, 0, false);
        }
        if (SHARED_PRONOUNS.contains(TokenTags.lower(word)) && is(previous, "of") && last - 2 >= sentenceStart) {
            TokenRange share = nounPhraseEndingAt(last - 2, sentenceStart, 0, false);
            return share == null ? null : new TokenRange(share.first(), last + 1);
        }
        if (word.pos().equals("VERB") && TokenTags.lower(word).endsWith("ed") && !word.isCapitalised()) {
            if (is(previous, "those")) {
                return new TokenRange(last - 1, last + 1);
            }
            TokenRange noun = isNoun(previous) ? nounPhraseEndingAt(last - 1, sentenceStart, 0, false) : null;
            return noun == null ? null : new TokenRange(noun.first(), last + 1);
        }
        return null;
    }

    /**
     * "His office put out a statement saying", "Trump was heard on a microphone telling": when the
     * phrase before a participle is the object of a verb (after particles and prepositions), the
     * participle is that verb's subject's; null when the phrase is no object.
     */
    private TokenRange subjectOfObjectVerb(TokenRange phrase, int sentenceStart, int depth) {
        int k = phrase.first() - 1;
        while (k >= sentenceStart && !is(tokens.get(k), "with") // "ended with Maddow asking": Maddow's
                && (tokens.get(k).pos().equals("ADP") || TokenTags.isAdverb(tokens.get(k)))) {
            k--;
        }
        if (k < sentenceStart || !TokenTags.isFiniteVerb(tokens.get(k)) || (k > sentenceStart && is(tokens.get(k - 1), "to"))
                || (SEEING_VERBS.contains(TokenTags.lower(tokens.get(k))) && !isPassive(k, sentenceStart))) {
            return null;
        }
        return subjectOf(k, sentenceStart, depth + 1);
    }

    /**
     * "both", "all" or "each" after the subject, its auxiliary or an aside ("X and Y have both
     * argued", "the rivals all said", "A, B and C — in turn — each said"): it quantifies the
     * subject before it, which is the speaker; not when it opens the clause ("Both said").
     */
    private boolean isFloatingQuantifier(int k, int sentenceStart) {
        if (k <= sentenceStart || !FLOATING_QUANTIFIERS.contains(TokenTags.lower(tokens.get(k)))) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return TokenTags.isVerbModifier(before) || isNoun(before) || isDash(before);
    }

    /**
     * The subject of the main clause before {@code comma}, for a participle after it ("X did A,
     * saying B"): the nearest verb's subject unless that verb is in an embedded clause ("Y
     * admitted that Z was wrong, noting" → Y), else the nearest subject found.
     */
    private TokenRange mainSubjectBefore(int comma, int sentenceStart, int depth) {
        TokenRange nearest = null;
        for (int main = previousFiniteVerb(comma, sentenceStart); main >= 0;
             main = previousFiniteVerb(main, sentenceStart)) {
            TokenRange subject = subjectOf(main, sentenceStart, depth + 1);
            if (subject != null && !isEmbedded(subject, sentenceStart)) {
                return subject;
            }
            nearest = nearest == null ? subject : nearest;
        }
        return nearest;
    }

    /** "was heard": a form of "be" right before the verb. */
    private boolean isPassive(int verb, int sentenceStart) {
        return verb > sentenceStart && TokenTags.isBe(tokens.get(verb - 1));
    }

    /**
     * True when a subject opens an embedded clause: right after a subordinator ("that Z was",
     * "after they came out") or after a verb whose complement it starts ("wrote the agents knew").
     */
    private boolean isEmbedded(TokenRange subject, int sentenceStart) {
        if (subject.first() <= sentenceStart) {
            return false;
        }
        Token before = tokens.get(subject.first() - 1);
        return SUBORDINATORS.contains(TokenTags.lower(before)) || TokenTags.isVerb(before);
    }

    /**
     * {@code last} moved before an aside that cannot end a noun phrase: a party tag ("Rob Portman
     * (R-Ohio), another incumbent, said") or an age between commas ("Yin Myint May, 60, a doctor,
     * said").
     */
    private int beforeAside(int last, int sentenceStart) {
        int open = last > sentenceStart && tokens.get(last).text().equals(")") ? openingParenthesis(last, sentenceStart) : -1;
        if (open > sentenceStart) {
            return open - 1;
        }
        boolean age = last - 2 >= sentenceStart && tokens.get(last).pos().equals("NUM") && isComma(tokens.get(last - 1));
        return age ? last - 2 : last;
    }

    /** The index of the "(" that the ")" at {@code close} ends, within a parenthetical's length; -1 if none. */
    private int openingParenthesis(int close, int sentenceStart) {
        for (int k = close - 1; k > sentenceStart && k >= close - MAX_PARENTHETICAL; k--) {
            if (tokens.get(k).text().equals("(")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Fitton, the president of X, a group that ..., said": when the phrase before a parenthetical
     * is itself a role after a comma, the name before that comma; never across a preposition
     * ("In Washington, the mayor, a Democrat, said" keeps "the mayor").
     */
    private TokenRange stackedAppositionHead(TokenRange outer, int sentenceStart) {
        for (int step = 0; step < MAX_DEPTH && outer != null; step++) {
            int comma = outer.first() - 1;
            if (!TokenTags.isDeterminer(tokens.get(outer.first())) || comma <= sentenceStart
                    || !isComma(tokens.get(comma))) {
                break;
            }
            TokenRange earlier = nounPhraseEndingAt(comma - 1, sentenceStart, 0, false);
            if (earlier == null || (earlier.first() > sentenceStart
                    && tokens.get(earlier.first() - 1).pos().equals("ADP"))) {
                break;
            }
            outer = earlier;
        }
        return outer;
    }

    /**
     * True for "the union's general secretary, Rui Monteiro,": a common-noun role followed by
     * the name of its holder, who is the speaker.
     */
    boolean isRoleWithName(TokenRange outer, TokenRange inner) {
        return outer != null && inner != null && TokenTags.isCommonNoun(tokens.get(outer.end() - 1))
                && tokens.get(inner.first()).pos().equals("PROPN") && tokens.get(inner.end() - 1).pos().equals("PROPN");
    }

    /** The noun phrase whose last word is at {@code last}, as written; null if none. */
    TokenRange nounPhraseEndingAt(int last, int sentenceStart) {
        return nounPhraseEndingAt(last, sentenceStart, 0, false);
    }

    /**
     * The noun phrase whose last word is at {@code last}; a phrase inside a prepositional phrase
     * ("X in a statement said", "X on Monday said") is skipped for the one before it.
     */
    private TokenRange nounPhraseEndingAt(int last, int sentenceStart, int depth, boolean skipPrepositional) {
        if (last < sentenceStart) {
            return null;
        }
        Token word = tokens.get(last);
        int open = word.text().equals(")") ? openingParenthesis(last, sentenceStart) : -1;
        if (open > sentenceStart) { // "Sen. Marco Rubio (R-Fla.) said": the name before the party tag
            return nounPhraseEndingAt(open - 1, sentenceStart, depth, skipPrepositional);
        }
        if (TokenTags.isRelativePronoun(word)) { // "Smith, who said": the resolver finds Smith
            return antecedentOf(last, sentenceStart) == null ? null : new TokenRange(last, last + 1);
        }
        if (isPronoun(word)) {
            return new TokenRange(last, last + 1); // "a fact he mentions": the pronoun alone
        }
        int share = shareEndingAt(last, sentenceStart);
        if (share >= 0) {
            return new TokenRange(share, last + 1);
        }
        if (!isNounPhraseWord(word)) {
            return null;
        }
        int first = last;
        while (first - 1 >= sentenceStart && extendsLeft(first - 1, sentenceStart)) {
            first--;
        }
        while (first <= last && (!isNounPhraseWord(tokens.get(first)) || TokenTags.isClosingMark(tokens.get(first)))) {
            first++; // never start on "and", "of" or the closing mark of a quotation before it
        }
        if (first > last || !hasHead(first, last + 1)) {
            return null;
        }
        int preposition = first - 1;
        if (skipPrepositional && preposition >= sentenceStart && TokenTags.isPreposition(tokens.get(preposition))
                && depth <= MAX_DEPTH) {
            TokenRange outer = nounPhraseEndingAt(preposition - 1, sentenceStart, depth + 1, true);
            if (outer != null) {
                return outer;
            }
        }
        return new TokenRange(first, last + 1);
    }

    /**
     * The first token of a share of people ending at {@code last} — "one in three", "4 in 10",
     * "42 %" — or -1: poll respondents who "said" something, which the tagger leaves headless.
     */
    private int shareEndingAt(int last, int sentenceStart) {
        if (last - 1 < sentenceStart) {
            return -1;
        }
        if (tokens.get(last).text().equals("%")) {
            return isNumber(tokens.get(last - 1)) ? last - 1 : -1;
        }
        boolean outOf = last - 3 >= sentenceStart && is(tokens.get(last - 1), "of") && is(tokens.get(last - 2), "out");
        int in = outOf ? last - 2 : last - 1;
        boolean ratio = isNumber(tokens.get(last)) && in - 1 >= sentenceStart
                && (outOf || is(tokens.get(in), "in")) && isNumber(tokens.get(in - 1));
        return ratio ? in - 1 : -1;
    }

    private static boolean isNumber(Token t) {
        return t.pos().equals("NUM") || Character.isDigit(t.text().charAt(0))
                || Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                .contains(TokenTags.lower(t));
    }

    /**
     * The noun phrase a relative pronoun at {@code pronoun} stands for ("Smith" in "Smith, who",
     * "Trump - who", "the sign — which", "an official who"), or null.
     */
    TokenRange antecedentOf(int pronoun, int sentenceStart) {
        int before = pronoun - 1;
        if (before > sentenceStart && (isComma(tokens.get(before)) || isDash(tokens.get(before)))) {
            return nounPhraseEndingAt(before - 1, sentenceStart, 0, false);
        }
        return before >= sentenceStart && isNoun(tokens.get(before))
                ? nounPhraseEndingAt(before, sentenceStart, 0, false) : null;
    }

    /** The index of the dash that opens the aside closed by the dash at {@code close}, or -1. */
    private int openingDash(int close, int sentenceStart) {
        for (int k = close - 1; k >= Math.max(sentenceStart, close - MAX_DASH_ASIDE); k--) {
            if (tokens.get(k).text().equals(tokens.get(close).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isDash(Token t) {
        return Set.of("-", "--", "–", "—").contains(t.text());
    }

    /** True when the token at {@code i} continues a noun phrase leftwards ("Secretary of State X"). */
    private boolean extendsLeft(int i, int sentenceStart) {
        Token t = tokens.get(i);
        if (isNounPhraseWord(t)) {
            return true;
        }
        boolean joiner = is(t, "of") || is(t, "and") || t.text().equals("-");
        return joiner && i - 1 >= sentenceStart && isNoun(tokens.get(i - 1));
    }

    private boolean hasHead(int first, int end) {
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (isNoun(t) || isPronoun(t) || TokenTags.isQuantityPronoun(t)
                    || (t.isCapitalised() && !TokenTags.isDeterminer(t))) {
                return true; // a capitalised word the tagger missed: "Black/ADJ said"
            }
        }
        Token last = tokens.get(end - 1); // "the official/ADJ said": an adjective used as a noun
        return end - first >= 2 && last.pos().equals("ADJ") && TokenTags.isDeterminer(tokens.get(end - 2));
    }

    /** The noun phrase starting at {@code start} (after determiners), ending before {@code limit}. */
    TokenRange nounPhraseAt(int start, int limit) {
        int end = start;
        while (end < limit && !(end == start && TokenTags.isClosingMark(tokens.get(end)))
                && !(end > start && isPronoun(tokens.get(end))) // "in politics | it takes": a new subject
                && (isNounPhraseWord(tokens.get(end)) || TokenTags.isTitleDot(tokens, end)
                || TokenTags.isHyphenJoined(tokens, end)
                || (is(tokens.get(end), "of") && end + 1 < limit && isNoun(tokens.get(end + 1))))) {
            end++;
        }
        return end > start && hasHead(start, end) ? new TokenRange(start, end) : null;
    }

    /**
     * The index of the comma that opens the parenthetical closed by the comma at {@code close}
     * ("Smith, a former senator, said"), or -1 when there is none.
     */
    private int parentheticalStart(int close, int sentenceStart) {
        for (int k = close - 1; k >= Math.max(sentenceStart, close - MAX_PARENTHETICAL); k--) {
            if (isComma(tokens.get(k))) {
                Token opener = tokens.get(k + 1);
                // "X, in an interview, said", "X, in a poll showing A, said"
                boolean phrase = opener.pos().equals("ADP") && !hasFiniteVerb(k + 1, close);
                boolean participle = TokenTags.isVerb(opener) && k + 2 < close // "X, led by Y, said"
                        && tokens.get(k + 2).pos().equals("ADP");
                boolean clause = (TokenTags.isVerb(opener) && !TokenTags.isGerund(opener) && !participle)
                        || isComma(opener)
                        || (Set.of("ADP", "SCONJ", "CCONJ", "PUNCT").contains(opener.pos()) && !phrase);
                return clause && !TokenTags.isRelativePronoun(opener) ? -1 : k; // "X, writing for ..., said": X
            }
        }
        return -1;
    }

    private boolean hasFiniteVerb(int first, int end) {
        for (int k = first; k < end; k++) {
            if (TokenTags.isFiniteVerb(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A dash or semicolon: the verbs before it belong to another clause ("X declared A – he said B"). */
    private static boolean isClauseBreak(Token t) {
        return t.text().equals("–") || t.text().equals("—") || t.text().equals(";");
    }

    private int previousCue(int before, int sentenceStart) {
        for (int k = before - 1; k >= sentenceStart && !isClauseBreak(tokens.get(k)); k--) {
            if (isCue.test(k)) {
                return k;
            }
        }
        return -1;
    }

    private int previousFiniteVerb(int before, int sentenceStart) {
        for (int k = before - 1; k >= sentenceStart && !isClauseBreak(tokens.get(k)); k--) {
            if (TokenTags.isFiniteVerb(tokens.get(k)) && !(k > sentenceStart && is(tokens.get(k - 1), "to"))) {
                return k; // not an infinitive
            }
        }
        return -1;
    }
}
