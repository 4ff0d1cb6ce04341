package io.newslens.quotes;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Sentences;
import io.newslens.nlp.Token;
import java.util.List;

/**
 * The text, tokens, sentences and direct quotations of one document, with the look-ups the
 * quote rules share (token at an offset, sentence of a token, is a token quoted).
 * Immutable; one per analysis.
 */
final class DocumentView {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<QuotedText> quoted;

    DocumentView(String text, List<Token> tokens, List<Sentence> sentences, List<QuotedText> quoted) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quoted = quoted;
    }

    Token token(int index) {
        return tokens.get(index);
    }

    /** True when the tokens at {@code index} and the next, before {@code end}, are "according to". */
    boolean isAccordingTo(int index, int end) {
        return index + 1 < end && TokenTags.is(tokens.get(index), "according")
                && TokenTags.is(tokens.get(index + 1), "to");
    }

    /** The index of the first token starting at or after {@code offset} (tokens.size() if none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the sentence holding the token at {@code tokenIndex}. */
    int sentenceOfToken(int tokenIndex) {
        return Sentences.indexOfToken(sentences, tokenIndex);
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /**
     * True when the token at {@code index} lies inside quoted content (or is a quotation mark).
     * A binary search: {@code quoted} is ordered and non-overlapping (QuoteSpanFinder's
     * contract), so only the last span starting at or before the token can hold it. Why: this
     * is asked for every token before a quotation, and a linear scan made thousands of
     * quotation marks quadratic.
     */
    boolean isQuoted(int index) {
        Token t = tokens.get(index);
        int lo = 0;
        int hi = quoted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).start() <= t.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && t.end() <= quoted.get(lo - 1).end();
    }

    /** The quotation whose closing mark is the token at {@code index}, or null. */
    QuotedText quotationClosedBy(int index) {
        if (index < 0 || !TokenTags.isQuoteMark(tokens.get(index))) {
            return null;
        }
        Token t = tokens.get(index);
        int lo = 0;
        int hi = quoted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoted.get(mid).start() < t.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && quoted.get(lo - 1).end() == t.end() ? quoted.get(lo - 1) : null;
    }

    /** True when a line break lies between the two offsets. */
    boolean lineBreakBetween(int from, int to) {
        return text.substring(Math.max(0, from), Math.min(text.length(), to)).indexOf('\n') >= 0;
    }

    /** The last token on the line of token {@code k}. */
    int lastTokenOnLine(int k) {
        int last = k;
        while (last + 1 < tokens.size() && !lineBreakBetween(tokens.get(last).end(), tokens.get(last + 1).start())) {
            last++;
        }
        return last;
    }

    /** "agencies report that": a reporting verb the tagger took for a noun, between a noun and "that". */
    private boolean taggedAsNounBeforeThat(int index, ReportingVerbs verbs) {
        Token previous = tokens.get(index - 1);
        return index + 1 < tokens.size() && TokenTags.is(tokens.get(index + 1), "that") && verbs.lemmaOf(tokens.get(index)) != null
                && (TokenTags.isNoun(previous) || TokenTags.isPronoun(previous));
    }

    /**
     * "is criticizing", "was suddenly promising": a verb in "-ing" after a form of "be" (adverbs
     * between) is the finite verb of its clause, not a participle hanging on another clause.
     */
    boolean isProgressive(int index) {
        if (!TokenTags.isGerund(tokens.get(index))) {
            return false;
        }
        int k = index - 1;
        while (k > 0 && TokenTags.isAdverb(tokens.get(k))) {
            k--;
        }
        return k >= 0 && TokenTags.isBe(tokens.get(k)) && !TokenTags.is(tokens.get(k), "being");
    }

    /** "went on to say", "continued to say": an infinitive that still reports speech. */
    private boolean continuesSpeech(int to) {
        if (to == 0) {
            return false;
        }
        String before = TokenTags.lower(tokens.get(to - 1));
        return before.equals("on") || before.startsWith("continu");
    }

    /**
     * A reporting verb used as a cue: not passive ("was asked"), not an infinitive ("to say")
     * unless it continues speech ("went on to say"),
     * not naming ("a group called “X”"); a progressive ("is criticizing") is a cue.
     */
    boolean isCue(int index, ReportingVerbs verbs) {
        Token t = tokens.get(index);
        if (isQuoted(index) || index == 0) {
            return false;
        }
        Token previous = tokens.get(index - 1);
        if (!verbs.isReportingVerb(t) && !taggedAsNounBeforeThat(index, verbs)) {
            return false;
        }
        if (!verbs.hasParticle(verbs.lemmaOf(t), index + 1 < tokens.size() ? tokens.get(index + 1) : null)) {
            return false; // "pointed the way"
        }
        if ((TokenTags.isBe(previous) && !TokenTags.isGerund(t))
                || (TokenTags.is(previous, "to") && !continuesSpeech(index - 1))) {
            return false;
        }
        boolean naming = "call".equals(verbs.lemmaOf(t)) && TokenTags.isCommonNoun(previous)
                && index + 1 < tokens.size() && (TokenTags.isQuoteMark(tokens.get(index + 1))
                || tokens.get(index + 1).pos().equals("PROPN"));
        return !naming;
    }
}
