package io.newslens.quotes;

import static io.newslens.quotes.TokenTags.is;
import static io.newslens.quotes.TokenTags.isComma;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds reported speech: "X said (that) ...", "X claimed ...", "X accused Y of ...", "X called
 * for Y to ...", "X vowed to ...", "X warned of ...", "..., X said.", "according to X, ...",
 * "..., according to X", "..., citing X", "A is reportedly B" (no speaker), "X said yes" and
 * relative clauses with a gap ("rules that judges said violated the charter"); a clause with a
 * quoted fragment after its cue is mixed speech.
 *
 * <p>The content must read as a clause — introduced by "that", or a noun phrase followed by a
 * finite verb, or "of"/"to" after the object of "accuse"/"urge" — so "claimed responsibility"
 * and "reported another strike" are not reported speech. Past speech acts ("criticized X",
 * "announced X") and "called for X" take a noun-phrase object as content instead. The cue needs
 * a subject; content runs to the end of the sentence. One cue per stretch of text: cues inside
 * content already found are left to it, unless coordinated with its cue ("said A, but said B").
 * One instance per analysis; not thread-safe.
 */
final class IndirectQuoteFinder {
    /** Verbs whose object comes before the content ("told reporters that", "accused Iran of"). */
    private static final Set<String> OBJECT_VERBS = Set.of("tell", "inform", "assure", "warn", "urge", "accuse",
            "ask", "advise", "call", "caution", "charge", "criticize", "praise", "remind", "blame", "question");
    /**
     * Verbs that take a bare clause ("says the plan failed") far more often than a noun phrase;
     * others ("criticized the plan, which ...") need "that" or a short subject before the verb.
     */
    private static final Set<String> CLAUSE_VERBS = Set.of("say", "tell", "add", "claim", "insist", "argue",
            "suggest", "predict", "warn", "acknowledge", "admit", "contend", "assert", "maintain", "concede",
            "confirm", "note", "stress", "emphasize", "indicate", "write", "tweet", "complain", "boast", "joke",
            "promise", "vow", "reply", "testify", "allege", "declare", "state", "speculate", "estimate", "recall");
    /**
     * Speech acts whose noun-phrase object is what was said ("criticized the plan", "announced
     * his candidacy", "blasts the plan"): in the past or present tense, not as a participle
     * (whose subject the clause before gives less reliably).
     */
    private static final Set<String> OBJECT_SPEECH_VERBS = Set.of("criticize", "defend", "praise", "cite",
            "reject", "dismiss", "denounce", "condemn", "blast", "slam", "blame", "announce", "describe", "question",
            "tout", "acknowledge", "reveal", "mock", "promise", "reiterate", "echo", "thank", "predict", "deny", "confirm",
            "mention", "attack", "highlight", "report", "propose", "explain", "recall", "express", "note");
    /** Verbs whose infinitive is what was said: "vowed to repeal the law", "threatened not to attend". */
    private static final Set<String> COMMITMENT_VERBS = Set.of("vow", "pledge", "promise", "threaten");
    /** Verbs whose object after one of these prepositions is what was said ("warned of a crisis"). */
    private static final Map<String, Set<String>> PREPOSITIONAL_SPEECH = Map.of(
            "warn", Set.of("of", "about", "against"), "call", Set.of("on"), "complain", Set.of("about", "of"),
            "joke", Set.of("about"), "argue", Set.of("for", "against"), "point", Set.of("to"));
    private static final int MAX_SUBJECT_TOKENS = 25;
    /** What was said when one says yes or no: the answer is the content. */
    private static final Set<String> ANSWERS = Set.of("yes", "no");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "we", "they", "i");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "it",
            "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself");
    /** Words that open a reported question: "asked whether ...", "explained how ...". */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "how", "why", "what", "when",
            "where", "who", "which");
    private static final int MIN_TOKENS = 3;
    /** Words that open a phrase fronted in reported speech: "says despite A, she plans". */
    private static final Set<String> FRONTING_WORDS = Set.of("despite", "if", "unless", "although", "though",
            "because", "once", "whatever", "regardless");
    private static final int MAX_ASIDE_TOKENS = 20;
    /** Most words between a cue's object and a quotation that makes the clause mixed speech. */
    private static final int MAX_FRAGMENT_DISTANCE = 8;
    /** Words that may open mixed speech after its cue: "promised to “end”", "warned of a “ferocious” battle". */
    private static final Set<String> FRAGMENT_PREPOSITIONS = Set.of("to", "of", "about", "for", "on", "against");
    /** Words allowed between the source of "according to" and its comma ("a poll out Thursday,"). */
    private static final int MAX_SOURCE_TAIL = 12;
    private static final Set<String> COORDINATORS = Set.of(",", "while", "whereas", "and", "but", "though",
            "although", ";");

    private final DocumentView doc;
    private final ReportingVerbs verbs;
    private final SubjectFinder subjects;

    IndirectQuoteFinder(DocumentView doc, ReportingVerbs verbs, SubjectFinder subjects) {
        this.doc = doc;
        this.verbs = verbs;
        this.subjects = subjects;
    }

    List<Reported> find() {
        List<Reported> found = new ArrayList<>();
        for (Sentence sentence : doc.sentences) {
            int coveredUntil = -1;
            for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
                if (!found.isEmpty() && doc.token(k).start() < coveredUntil) {
                    Reported outer = found.get(found.size() - 1);
                    Reported second = coordinatedCue(outer, k, sentence);
                    if (second != null) { // "X said A but said B", "X said A, telling Y that B"
                        found.set(found.size() - 1, new Reported(outer.start(),
                                doc.token(lastBefore(coordinatorAt(k), outer)).end(), outer.attribution()));
                        found.add(second);
                        coveredUntil = second.end();
                        continue;
                    }
                }
                Reported r = at(k, sentence);
                if (r == null) {
                    continue;
                }
                if (doc.token(k).start() >= coveredUntil) {
                    found.add(r);
                    coveredUntil = r.end();
                } else {
                    Reported cut = cutBefore(found.get(found.size() - 1), r.attribution());
                    if (cut != null) { // "X suggested A, while Y said B": two attributions
                        found.set(found.size() - 1, cut);
                        found.add(r);
                        coveredUntil = r.end();
                    }
                }
            }
        }
        return found;
    }

    /**
     * {@code outer} ended before the clause of {@code inner} when that clause is coordinated
     * (", while Y said", "and Y said", "but Y said"); null when {@code inner} is nested speech.
     */
    private Reported cutBefore(Reported outer, Attribution inner) {
        if (inner.speaker() == null) {
            return null;
        }
        int boundary = inner.speaker().first() - 1;
        if (boundary < 0 || doc.token(boundary).start() <= outer.start()
                || !COORDINATORS.contains(TokenTags.lower(doc.token(boundary)))) {
            return null;
        }
        int last = boundary - 1;
        while (last >= 0 && doc.token(last).start() > outer.start() && isComma(doc.token(last))) {
            last--;
        }
        Reported cut = new Reported(outer.start(), doc.token(last).end(), outer.attribution());
        return doc.tokenAtOrAfter(cut.end()) - doc.tokenAtOrAfter(cut.start()) >= MIN_TOKENS ? cut : null;
    }

    /**
     * The second reported clause of one speaker when the cue at {@code k}, inside the content of
     * {@code outer}, is coordinated with its cue ("said A, but said B", "said A and added that B")
     * or is a participle after a comma ("said A, telling Y that B"); null otherwise, or when
     * either part would be too short, or when a relative pronoun or another cue comes between
     * the two cues (the second verb may then belong to a nested subject).
     *
     * <p>Why: PolNeAR annotates each cue as its own attribution; one span over both matches one.
     */
    private Reported coordinatedCue(Reported outer, int k, Sentence sentence) {
        if (outer.attribution().speaker() == null || !doc.isCue(k, verbs)) {
            return null;
        }
        int boundary = coordinatorAt(k);
        Token before = doc.token(k - 1 - adverbsBefore(k));
        boolean coordinated = is(before, "and") || is(before, "but");
        boolean participle = isComma(before) && TokenTags.isGerund(doc.token(k));
        if (!(coordinated || participle) || doc.token(boundary).start() <= outer.start()) {
            return null;
        }
        for (int j = outer.attribution().cueEnd(); j < boundary; j++) {
            if (TokenTags.isRelativePronoun(doc.token(j)) || doc.isCue(j, verbs)) {
                return null; // "Tom told Ann, who answered and said B": B is hers
            }
        }
        int last = lastBefore(boundary, outer);
        if (doc.tokenAtOrAfter(doc.token(last).end()) - doc.tokenAtOrAfter(outer.start()) < MIN_TOKENS) {
            return null;
        }
        return contentAfter(k, sentence, new Attribution(k, k + 1, outer.attribution().speaker()));
    }

    /** The number of adverbs right before {@code k} ("but also said", "and later added"). */
    private int adverbsBefore(int k) {
        int n = 0;
        while (k - 1 - n > 0 && TokenTags.isAdverb(doc.token(k - 1 - n))) {
            n++;
        }
        return n;
    }

    /** The first token of ", but (also)" or ", (adverb)" before the cue at {@code k}. */
    private int coordinatorAt(int k) {
        int b = k - 1 - adverbsBefore(k);
        if ((is(doc.token(b), "and") || is(doc.token(b), "but")) && b > 0 && isComma(doc.token(b - 1))) {
            b--;
        }
        return b;
    }

    /** The last token before {@code boundary} that is not a comma, within {@code outer}. */
    private int lastBefore(int boundary, Reported outer) {
        int last = boundary - 1;
        while (last > 0 && doc.token(last).start() > outer.start() && isComma(doc.token(last))) {
            last--;
        }
        return last;
    }

    private Reported at(int k, Sentence sentence) {
        if (doc.isAccordingTo(k, sentence.endToken()) && !doc.isQuoted(k)) {
            return according(k, sentence);
        }
        if (is(doc.token(k), "reportedly") && !doc.isQuoted(k) && !hasCue(sentence)) {
            return clause(clauseStart(sentence, k), contentEnd(sentence, k), new Attribution(k, k + 1, null));
        }
        if (!doc.isCue(k, verbs)) {
            return null;
        }
        TokenRange speaker = subjects.subjectOf(k, sentence.firstToken());
        if (speaker == null) {
            return inverted(k, sentence);
        }
        Attribution attribution = new Attribution(k, k + 1, speaker);
        Reported before = contentBefore(speaker.first(), k, sentence, attribution);
        Reported found = before != null ? before : contentAfter(k, sentence, attribution);
        if (found != null && attributesQuotationBefore(k, speaker, sentence)
                && !continuesAfterQuotation(found)) {
            return null; // "“A,” he said aboard the bus as ...": the quotation is what was said
        }
        return found != null ? found : invertedAfterCommas(k, sentence);
    }

    /**
     * True when the cue at {@code cue} attributes the quotation that opens the sentence and
     * closes right before the cue or its subject ("“A,” he said", "“A,” said Smith"), so what
     * follows the cue is where, when or how it was said, not more speech. Not for a participle
     * ("“A,” he said, adding that"), nor after a quotation ending with a full stop ("“A.” He
     * said"), nor after a title or phrase inside the sentence ("On “Night Desk,” X said").
     */
    private boolean attributesQuotationBefore(int cue, TokenRange speaker, Sentence sentence) {
        if (TokenTags.isGerund(doc.token(cue))) {
            return false;
        }
        int j = cue - 1;
        while (j >= speaker.end() && TokenTags.isAdverb(doc.token(j))) {
            j--;
        }
        int mark = doc.quotationClosedBy(cue - 1) != null ? cue - 1 : j == speaker.end() - 1 ? speaker.first() - 1 : -1;
        QuotedText quotation = mark > sentence.firstToken() ? doc.quotationClosedBy(mark) : null;
        return quotation != null && !is(doc.token(mark - 1), ".") && opensSentence(quotation);
    }

    /**
     * True when nothing but a sentence end, a colon or a line break comes before the quotation;
     * not "On “Night Desk,” X said". Why not the sentence layer: the detector often splits a
     * quotation of several sentences, so the cue's sentence then starts inside it.
     */
    private boolean opensSentence(QuotedText quotation) {
        int k = quotation.start();
        while (k > 0 && doc.text.charAt(k - 1) == ' ') {
            k--;
        }
        return k == 0 || ".?!:\n”\"".indexOf(doc.text.charAt(k - 1)) >= 0;
    }

    /** ", that B" after a cue attributing a quotation: "“A,” she said, that B". */
    private boolean continuesAfterQuotation(Reported found) {
        int first = doc.tokenAtOrAfter(found.start());
        return first >= 2 && is(doc.token(first - 1), "that") && isComma(doc.token(first - 2));
    }

    /**
     * "In a year when A, B, said Smith, an operative.": the subject read back through commas said
     * nothing, so the speaker follows the cue; only for "say", whose other verbs may have an
     * object there ("..., recalled many calls"); not after a quotation, which the direct pass
     * attributes, nor with a time ("said Sunday") or a phrase ("said of Trump") read as a speaker.
     */
    private Reported invertedAfterCommas(int cue, Sentence sentence) {
        if (!"say".equals(verbs.lemmaOf(doc.token(cue))) || TokenTags.isGerund(doc.token(cue))
                || hasQuotation(sentence.firstToken(), cue) || cue + 1 >= sentence.endToken()) {
            return null;
        }
        Token first = doc.token(cue + 1);
        return first.pos().equals("ADP") || TokenTags.isTimeWord(first) ? null : inverted(cue, sentence);
    }

    /** "X said (that) ...", "X told Y that ...", "X accused Y of ...". */
    private Reported contentAfter(int cue, Sentence sentence, Attribution attribution) {
        int end = contentEnd(sentence, cue);
        if (TokenTags.isRelativePronoun(doc.token(attribution.speaker().first()))) {
            end = relativeClauseEnd(cue, end);
        }
        if ("call".equals(verbs.lemmaOf(doc.token(cue))) && cue + 2 < end && is(doc.token(cue + 1), "for")
                && isObjectAt(cue + 2, end)) {
            return objectContent(cue + 2, end, attribution); // "called for a ban on ..."
        }
        if (isNamingCall(cue, end)) {
            return objectContent(cue + 1, end, attribution); // "called him a liar"
        }
        if (isPrepositionalSpeech(cue, end)) {
            return objectContent(cue + 2, end, attribution); // "warned of a crisis", "called on Congress to act"
        }
        if (isAnswer(cue, end)) { // "72 percent said yes, while ...", "he said no to the war"
            return new Reported(doc.token(cue + 1).start(), doc.token(answerEnd(cue + 1, end) - 1).end(), attribution);
        }
        if (isSubjectGap(cue, end)) { // "laws that courts said discriminated against ..."
            return span(cue + 1, relativeClauseEnd(cue, end), attribution);
        }
        int c = skipModifiersAndPhrases(afterParticle(cue), end);
        int object = c;
        if (OBJECT_VERBS.contains(verbs.lemmaOf(doc.token(cue)))) {
            c = skipModifiersAndPhrases(objectEnd(c, end), end);
        }
        if (OBJECT_SPEECH_VERBS.contains(verbs.lemmaOf(doc.token(cue))) && (doc.token(cue).text().endsWith("ed")
                || doc.token(cue).text().endsWith("s") || doc.isProgressive(cue) || isCitingAfterComma(cue))
                && object < end && (isObjectAt(object, end)
                || OBJECT_PRONOUNS.contains(TokenTags.lower(doc.token(object))))) {
            // "Patients reported nausea, according to the firm": the firm's report, not theirs
            return hasAccordingTo(object, end) ? null : objectContent(object, end, attribution); // "criticized Mr. Obama"
        }
        if (c >= end) {
            return null;
        }
        Token next = doc.token(c);
        if (is(next, "that") && c + 1 < end && end - c > MIN_TOKENS) {
            return new Reported(doc.token(c + 1).start(), doc.token(end - 1).end(), attribution); // "that" opens a clause
        }
        if (QUESTION_WORDS.contains(TokenTags.lower(next)) && end - c > MIN_TOKENS
                && hasVerb(c + 1, end)) { // "asked Clinton whether she would ..."
            return span(c, end, attribution);
        }
        if ((is(next, "of") || is(next, "to")) && c + 1 < end && object < c
                && TokenTags.isVerb(doc.token(c + 1))) {
            return span(object, end, attribution);
        }
        if (object < c && isInfinitiveAt(c, end) && is(next, "not")) {
            return span(object, end, attribution); // "urged him not to resign"
        }
        if (COMMITMENT_VERBS.contains(verbs.lemmaOf(doc.token(cue))) && !isParticiple(cue)
                && isInfinitiveAt(c, end)) {
            return span(c, end, attribution); // "vowed (not) to repeal the law"
        }
        if (startsClause(c, end)) {
            return span(c, end, attribution);
        }
        if (CLAUSE_VERBS.contains(verbs.lemmaOf(doc.token(cue))) && isSubjectPronoun(doc.token(c))
                && end - c >= MIN_TOKENS) {
            // "said they welcome/INTJ the attention": only a clause can follow a subject pronoun
            return new Reported(doc.token(c).start(), doc.token(end - 1).end(), attribution);
        }
        boolean bareClause = CLAUSE_VERBS.contains(verbs.lemmaOf(doc.token(cue))) && hasLaterVerb(c, end);
        if (bareClause && end - c >= MIN_TOKENS) { // its verb may be one tagged as a noun
            return new Reported(doc.token(c).start(), doc.token(end - 1).end(), attribution);
        }
        int fronted = frontedPhraseAt(cue + 1, end);
        if (CLAUSE_VERBS.contains(verbs.lemmaOf(doc.token(cue))) && fronted >= 0) {
            return new Reported(doc.token(fronted).start(), doc.token(end - 1).end(), attribution);
        }
        return quotedFragmentAfter(object, end) ? mixedContent(object, end, attribution) : null;
    }

    /**
     * Where reported speech opens with a fronted phrase ending on a comma before its clause:
     * "says despite being an alumna, she plans to ...", "says, win or lose, he is staying"; the
     * phrase starts at {@code first} with a comma or a concessive or conditional word; -1 when
     * there is none, or a cue or a quotation comes first.
     */
    private int frontedPhraseAt(int first, int end) {
        int open = first < end && isComma(doc.token(first)) ? first + 1 : first;
        if (open >= end || (open == first && !FRONTING_WORDS.contains(TokenTags.lower(doc.token(first))))) {
            return -1;
        }
        for (int k = open; k < Math.min(end - 1, open + MAX_ASIDE_TOKENS); k++) {
            if (doc.isCue(k, verbs) || doc.isQuoted(k)) {
                return -1;
            }
            if (isComma(doc.token(k)) && k > open) {
                return startsClause(k + 1, end) ? open : -1;
            }
        }
        return -1;
    }

    /** "said yes", "says no to A": not "says no one", "said no matter what". */
    private boolean isAnswer(int cue, int end) {
        if (!"say".equals(verbs.lemmaOf(doc.token(cue))) || cue + 1 >= end || doc.isQuoted(cue + 1)
                || !ANSWERS.contains(TokenTags.lower(doc.token(cue + 1)))) {
            return false;
        }
        return cue + 2 == end || is(doc.token(cue + 2), "to")
                || COORDINATORS.contains(TokenTags.lower(doc.token(cue + 2)));
    }

    /** The end of an answer at {@code first}: before a comma or a coordinator ("said no to A, but B"). */
    private int answerEnd(int first, int end) {
        int k = first + 1;
        while (k < end && !COORDINATORS.contains(TokenTags.lower(doc.token(k)))) {
            k++;
        }
        return k;
    }

    /**
     * True when a verb that takes a bare clause is directly followed by a finite verb: the subject
     * of the reported clause is a relative word or noun before the speaker ("the laws that courts
     * said discriminated", "a probe the agency says is ongoing", "what she said is growing demand").
     * Not after a phrase: "said in a statement released by" is no clause.
     */
    private boolean isSubjectGap(int cue, int end) {
        String lemma = verbs.lemmaOf(doc.token(cue));
        if (cue + 1 >= end || !CLAUSE_VERBS.contains(lemma) || OBJECT_VERBS.contains(lemma)
                || TokenTags.isGerund(doc.token(cue)) || (cue > 0 && TokenTags.isBe(doc.token(cue - 1)))) {
            return false; // not "is said to be"
        }
        Token next = doc.token(cue + 1);
        return TokenTags.isFiniteVerb(next) && !next.isCapitalised() && !TokenTags.isGerund(next);
    }

    /** The token after the cue and its particle "out" ("pointed out that"). */
    private int afterParticle(int cue) {
        return cue + 1 < doc.tokens.size() && verbs.isParticleOut(verbs.lemmaOf(doc.token(cue)), doc.token(cue + 1))
                ? cue + 2 : cue + 1;
    }

    /** A cue in "-ing" that is no progressive: ", vowing to ...", not "is vowing to ...". */
    private boolean isParticiple(int cue) {
        return TokenTags.isGerund(doc.token(cue)) && !doc.isProgressive(cue);
    }

    /** "he", "she", "we", "they", "I": pronouns that can only be subjects. */
    private static boolean isSubjectPronoun(Token t) {
        return SUBJECT_PRONOUNS.contains(TokenTags.lower(t));
    }

    /**
     * ", citing X": the one participle of a speech act whose subject the clause before gives
     * reliably ("X said, citing Y", "the firm ended the deal, citing Z"); others, as ", criticizing
     * X", cost more speakers than they found.
     */
    private boolean isCitingAfterComma(int cue) {
        return is(doc.token(cue), "citing") && cue > 0 && isComma(doc.token(cue - 1));
    }

    /**
     * True when a quotation opens within a few words after {@code object}, with words of the
     * writer's before it: "called the plan “reckless”", "promised to “end” the program".
     *
     * <p>Why: the quoted words are the speaker's, so the clause around them is reported speech
     * whatever its shape; PolNeAR annotates it as one mixed quotation.
     */
    private boolean quotedFragmentAfter(int object, int end) {
        if (object >= end || doc.isQuoted(object) || !(TokenTags.isNounPhraseWord(doc.token(object))
                || OBJECT_PRONOUNS.contains(TokenTags.lower(doc.token(object)))
                || FRAGMENT_PREPOSITIONS.contains(TokenTags.lower(doc.token(object))))) {
            return false; // "slammed as “careless”", "said as the heckler yelled: “...”"
        }
        for (int k = object + 1; k < Math.min(end, object + MAX_FRAGMENT_DISTANCE); k++) {
            Token t = doc.token(k);
            if (TokenTags.isQuoteMark(t)) {
                return !isComma(doc.token(k - 1)) && !is(doc.token(k - 1), ":"); // not a quotation of its own
            }
            if (doc.isCue(k, verbs)) {
                return false; // the quotation is another speaker's
            }
        }
        return false;
    }

    /**
     * Mixed reported speech from {@code first}, ended before "and"/"but" opening a clause or a
     * phrase with "the": "called the plan “reckless” and the so-called “peace dividend” was not
     * mentioned" (whose "so - called" the tagger splits, so it reads as no clause).
     */
    private Reported mixedContent(int first, int end, Attribution attribution) {
        for (int k = first + 1; k + 1 < end; k++) {
            if ((is(doc.token(k), "and") || is(doc.token(k), "but")) && !doc.isQuoted(k)
                    && (is(doc.token(k + 1), "the") || startsClause(k + 1, end))) {
                end = k;
                break;
            }
        }
        while (end - 1 > first && isComma(doc.token(end - 1))) {
            end--;
        }
        return new Reported(doc.token(first).start(), doc.token(end - 1).end(), attribution);
    }

    /**
     * True when a subject-like word at {@code c} is followed, within the clause, by a finite verb
     * not coordinated with the cue ("says the increase in polarization ... makes"); for verbs that
     * take a bare clause, where a noun phrase alone is rare.
     */
    private boolean hasLaterVerb(int c, int end) {
        Token first = doc.token(c);
        boolean subjectLike = TokenTags.isNounPhraseWord(first) || TokenTags.isPlaceholderSubject(first)
                || first.pos().equals("NUM") || first.isCapitalised() || Character.isDigit(first.text().charAt(0));
        boolean gerundSubject = TokenTags.isGerund(first) && !first.isCapitalised()
                && !isComma(doc.token(c - 1)); // "said seeing so many police was", not "said, referring to
        if (!(subjectLike || gerundSubject) || (TokenTags.isVerb(first) && !first.isCapitalised() && !gerundSubject)
                || first.pos().equals("ADP")
                || TokenTags.isQuoteMark(first)) {
            return false;
        }
        for (int k = c + 1; k < Math.min(end, c + MAX_SUBJECT_TOKENS); k++) {
            Token previous = doc.token(k - 1);
            if ((TokenTags.isFiniteVerb(doc.token(k)) || isVerbTaggedAsNoun(k, end))
                    && !doc.token(k).pos().equals("VERB+PART")
                    && !previous.pos().equals("CCONJ") && !is(previous, "to") && !isComma(previous)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cue at {@code cue} is a finite verb whose prepositional object is what was
     * said ("warned of a crisis", "complained about the rules", "called on Congress to act").
     */
    private boolean isPrepositionalSpeech(int cue, int end) {
        Set<String> prepositions = PREPOSITIONAL_SPEECH.get(verbs.lemmaOf(doc.token(cue)));
        return prepositions != null && !isParticiple(cue) && cue + 2 < end
                && prepositions.contains(TokenTags.lower(doc.token(cue + 1)))
                && isObjectAt(cue + 2, end)
                && timePhraseEnd(cue + 2, end) == cue + 2; // not "called on Monday for"
    }

    /**
     * "called him a liar", "calls them reckless": "call" with a pronoun object and what it was
     * called; not "called him back", "called her on Monday".
     */
    private boolean isNamingCall(int cue, int end) {
        if (!"call".equals(verbs.lemmaOf(doc.token(cue))) || cue + 2 >= end
                || !OBJECT_PRONOUNS.contains(TokenTags.lower(doc.token(cue + 1)))) {
            return false;
        }
        Token complement = doc.token(cue + 2);
        return TokenTags.isNounPhraseWord(complement) && !TokenTags.isPronoun(complement)
                && !TokenTags.isTimeWord(complement);
    }

    /**
     * A noun phrase or a gerund phrase at {@code k}: "reported a loss", "reported spending $6
     * million", "called for banning the tests", "warned against drawing lessons".
     */
    private boolean isObjectAt(int k, int end) {
        if (k >= end) {
            return false;
        }
        Token t = doc.token(k);
        return subjects.nounPhraseAt(k, end) != null
                || (TokenTags.isGerund(t) && !t.isCapitalised() && !doc.isQuoted(k) && k + 1 < end
                && !isComma(doc.token(k - 1))); // not "reported, quoting X": a participle of its own
    }

    /** "to repeal", "not to run": an infinitive at {@code k}. */
    private boolean isInfinitiveAt(int k, int end) {
        int to = k < end && is(doc.token(k), "not") ? k + 1 : k;
        return to + 1 < end && is(doc.token(to), "to") && TokenTags.isVerb(doc.token(to + 1));
    }

    /** A noun-phrase object at {@code object} as content, cut before a coordinated verb ("... and left"). */
    private Reported objectContent(int object, int end, Attribution attribution) {
        int last = coordinatedVerbAt(object, end) - 1;
        while (last > object && isComma(doc.token(last))) {
            last--;
        }
        return new Reported(doc.token(object).start(), doc.token(last).end(), attribution);
    }

    /** The first "and"/"but" before a finite verb after {@code first} ("... and left"), else {@code end}. */
    private int coordinatedVerbAt(int first, int end) {
        for (int k = first + 1; k + 1 < end; k++) {
            if ((is(doc.token(k), "and") || is(doc.token(k), "but")) && TokenTags.isFiniteVerb(doc.token(k + 1))) {
                return k;
            }
        }
        return end;
    }

    /**
     * A present-tense verb the tagger took for a plural noun: after a noun and before a
     * determiner or a number ("each year of education yields/NOUN a 10 % bump").
     */
    private boolean isVerbTaggedAsNoun(int k, int end) {
        Token t = doc.token(k);
        String w = t.text();
        if (!t.pos().equals("NOUN") || k + 1 >= end || !w.endsWith("s") || w.endsWith("ss")
                || t.isCapitalised() || !TokenTags.isNoun(doc.token(k - 1))) {
            return false;
        }
        Token next = doc.token(k + 1);
        return (TokenTags.isDeterminer(next) && !is(next, "that")) || next.pos().equals("NUM")
                || TokenTags.isPossessivePronoun(next);
    }

    /**
     * "..., X said.", "..., as X reported." — the content is the clause before the comma; "X, he
     * said, is Y" — the sentence around the attribution; "As X said, ..." — the clause after it.
     */
    private Reported contentBefore(int speakerStart, int cue, Sentence sentence, Attribution attribution) {
        int comma = speakerStart - 1;
        if (comma >= sentence.firstToken() && is(doc.token(comma), "as")) {
            if (comma == sentence.firstToken()) {
                int after = skipModifiersAndPhrases(afterParticle(cue), contentEnd(sentence, cue));
                return after < sentence.endToken() && isComma(doc.token(after))
                        ? span(after + 1, contentEnd(sentence, after), attribution) : null;
            }
            comma--;
        }
        if (comma <= sentence.firstToken() || !isComma(doc.token(comma)) || doc.isQuoted(comma)) {
            return null;
        }
        int afterObject = OBJECT_VERBS.contains(verbs.lemmaOf(doc.token(cue))) ? objectEnd(cue + 1, sentence.endToken())
                : afterParticle(cue); // "..., a spokesman told The Wall Street Journal."
        if (restIsEmpty(afterObject, sentence)) {
            int end = contentEnd(sentence, cue);
            int close = afterObject; // "A, the partner told them, is B"
            while (close < end && TokenTags.isAdverb(doc.token(close))) {
                close++;
            }
            if (close < end && isComma(doc.token(close)) && !isParticipleAt(close + 1, end)) {
                return span(clauseStart(sentence, comma), end, attribution); // "X, he said, is Y"
            }
            return span(clauseStart(sentence, comma), comma, attribution);
        }
        return null;
    }

    /**
     * The end of the object of "tell"-like verbs at {@code c}: one object pronoun ("told him he
     * had"), or a noun phrase cut before a subject pronoun ("told POLITICO he planned") or before
     * a possessive opening a clause ("told the AP her group never worked"); {@code c} when there
     * is none.
     */
    private int objectEnd(int c, int end) {
        boolean possessive = c + 1 < end && is(doc.token(c), "her") && TokenTags.isNounPhraseWord(doc.token(c + 1))
                && !TokenTags.isPronoun(doc.token(c + 1)); // "told her staff"
        if (c < end && OBJECT_PRONOUNS.contains(TokenTags.lower(doc.token(c))) && !possessive) {
            return c + 1;
        }
        TokenRange np = subjects.nounPhraseAt(c, end);
        if (np == null) {
            return c;
        }
        int joined = np.end(); // "told members of the council that", "told The Post and Courier that"
        while (joined + 1 < end && (is(doc.token(joined), "of") || is(doc.token(joined), "and"))) {
            TokenRange more = subjects.nounPhraseAt(joined + 1, end);
            if (more == null || TokenTags.isPronoun(doc.token(joined + 1))) {
                break;
            }
            joined = more.end();
        }
        np = new TokenRange(np.first(), joined);
        for (int k = np.first() + 1; k < np.end(); k++) {
            if (TokenTags.isPronoun(doc.token(k))
                    || (TokenTags.isPossessivePronoun(doc.token(k)) && startsClause(k, end))) {
                return k; // "told the AP her group never worked", not "told reporters her staff that"
            }
        }
        return np.end();
    }

    /** True when a participle clause ("saying ...", "referring to ...") starts at {@code k}. */
    private boolean isParticipleAt(int k, int end) {
        return k >= end || TokenTags.isGerund(doc.token(k)) || TokenTags.isQuoteMark(doc.token(k));
    }

    /**
     * Where "X, who said A, did B" returns to its main clause: the comma before a finite verb;
     * else {@code end}.
     */
    private int relativeClauseEnd(int cue, int end) {
        for (int k = cue + 1; k + 1 < end; k++) {
            if (isComma(doc.token(k)) && TokenTags.isFiniteVerb(doc.token(k + 1)) && !doc.isQuoted(k)) {
                return k;
            }
        }
        return end;
    }

    /** "..., said X." */
    private Reported inverted(int cue, Sentence sentence) {
        int comma = cue - 1;
        if (comma <= sentence.firstToken() || !isComma(doc.token(comma))) {
            return null;
        }
        TokenRange speaker = subjects.nounPhraseAt(cue + 1, contentEnd(sentence, cue));
        if (speaker == null || !restIsEmpty(speaker.end(), sentence)) {
            return null;
        }
        return span(clauseStart(sentence, comma), comma, new Attribution(cue, cue + 1, speaker));
    }

    private boolean hasQuotation(int first, int end) {
        for (int k = first; k < end; k++) {
            if (TokenTags.isQuoteMark(doc.token(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasVerb(int first, int end) {
        for (int k = first; k < end; k++) {
            if (TokenTags.isVerb(doc.token(k)) || TokenTags.isFiniteVerb(doc.token(k))
                    || (k > first && TokenTags.isContractedVerbAfter(doc.token(k - 1), doc.token(k)))) {
                return true; // "it ’s/PUNCT one of them"
            }
        }
        return false;
    }

    /**
     * "According to X (published Thursday), ...", "..., according to X." and "A, according to X,
     * B": the writer's own sentence, so its content needs no verb the tagger saw.
     */
    private Reported according(int k, Sentence sentence) {
        int end = contentEnd(sentence, k);
        TokenRange speaker = subjects.nounPhraseAt(k + 2, end);
        if (speaker == null) {
            speaker = sourceToComma(k + 2, end);
        }
        if (speaker == null) {
            return null;
        }
        Attribution attribution = new Attribution(k, k + 2, speaker);
        int comma = nextComma(speaker.end(), Math.min(end, speaker.end() + MAX_SOURCE_TAIL));
        if (k == sentence.firstToken() && comma >= 0) {
            return clause(comma + 1, end, attribution);
        }
        if (k > sentence.firstToken() && isComma(doc.token(k - 1))) {
            int start = clauseStart(sentence, k - 1);
            return comma >= 0 && comma + 1 < end ? clause(start, end, attribution) // "A, according to X, B"
                    : clause(start, k - 1, attribution);
        }
        if (k > sentence.firstToken() && comma < 0 && endsSentence(speaker.end(), end)) {
            return clause(clauseStart(sentence, k), k, attribution); // "A according to X." without a comma
        }
        return null;
    }

    /**
     * The words after "according to" up to a comma, a bracket or the sentence end, when
     * {@link SubjectFinder#nounPhraseAt} reads none ("according to exit/VERB polls"); null when
     * there are none or too many.
     *
     * <p>Why: what follows "according to" is its source whatever the tagger says.
     */
    private TokenRange sourceToComma(int first, int end) {
        int k = first;
        while (k < end && k - first < MAX_SOURCE_TAIL && isWord(doc.token(k))) {
            k++;
        }
        return k > first && (k == end || !isWord(doc.token(k))) ? new TokenRange(first, k) : null;
    }

    private static boolean isWord(Token t) {
        return !t.pos().equals("PUNCT");
    }

    /** True when only punctuation lies between {@code from} and {@code end}. */
    private boolean endsSentence(int from, int end) {
        for (int k = from; k < end; k++) {
            if (isWord(doc.token(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean hasAccordingTo(int first, int end) {
        for (int k = first; k + 1 < end; k++) {
            if (doc.isAccordingTo(k, end) && !doc.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a reporting verb or "according to" is in {@code sentence}: then "reportedly" is
     * no cue of its own ("X reportedly said ..." is X's).
     */
    private boolean hasCue(Sentence sentence) {
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            if (doc.isCue(k, verbs) || is(doc.token(k), "according")) {
                return true;
            }
        }
        return false;
    }

    private int nextComma(int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (isComma(doc.token(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Reported speech of more than {@value #MIN_TOKENS} tokens, verb or not; or null. */
    private Reported clause(int first, int end, Attribution attribution) {
        return end - first > MIN_TOKENS
                ? new Reported(doc.token(first).start(), doc.token(end - 1).end(), attribution) : null;
    }

    /** The first token after the last dash or semicolon before {@code before}, else the sentence start. */
    private int clauseStart(Sentence sentence, int before) {
        for (int k = before - 1; k > sentence.firstToken(); k--) {
            String w = doc.token(k).text();
            if ((w.equals("–") || w.equals("—") || w.equals(";")) && !doc.isQuoted(k)) {
                int open = w.equals(";") ? -1 : openingDash(k, sentence);
                if (open < 0) {
                    return k + 1;
                }
                k = open; // an aside between dashes stays in the clause
            }
        }
        return sentence.firstToken();
    }

    /** The dash that opens an aside closed by the dash at {@code close} within a few tokens, or -1. */
    private int openingDash(int close, Sentence sentence) {
        for (int k = close - 1; k > Math.max(sentence.firstToken(), close - MAX_ASIDE_TOKENS); k--) {
            if (doc.token(k).text().equals(doc.token(close).text())) {
                return k;
            }
        }
        return -1;
    }

    /** Skips adverbs and prepositional phrases ("in a statement", "on Monday", "to reporters"). */
    private int skipModifiersAndPhrases(int c, int end) {
        while (c < end) {
            Token t = doc.token(c);
            int time = timePhraseEnd(c, end);
            if (TokenTags.isAdverb(t) || isComma(t)) {
                c++;
            } else if (time > c) {
                c = time; // "said Monday that", "announced last week"
            } else if ((TokenTags.isPreposition(t) && !is(t, "to")) || (is(t, "to") && c + 1 < end
                    && !TokenTags.isVerb(doc.token(c + 1)))) {
                TokenRange np = subjects.nounPhraseAt(c + 1, end);
                if (np == null && c + 1 < end && doc.token(c + 1).pos().equals("NUM")) {
                    c += 2; // "reported in 2014", "said on 9/11"
                    continue;
                }
                if (np == null) {
                    return c;
                }
                c = np.end();
            } else {
                return c;
            }
        }
        return c;
    }

    /**
     * The end of a time phrase at {@code c} ("Monday", "last week", "earlier this month"), or
     * {@code c}: a run of time words with a noun in it, not owning what follows ("last week's").
     */
    private int timePhraseEnd(int c, int end) {
        int k = c;
        boolean noun = false;
        while (k < end && TokenTags.isTimeWord(doc.token(k))) {
            noun |= TokenTags.isNoun(doc.token(k));
            k++;
        }
        boolean owns = k < end && (is(doc.token(k), "'s") || is(doc.token(k), "’s"));
        return noun && !owns ? k : c;
    }

    /** True when a noun phrase at {@code c} is followed by a finite verb: "Iran had ordered". */
    private boolean startsClause(int c, int end) {
        if (c < end && TokenTags.isPronounWithVerb(doc.token(c))) {
            return true; // "she’ll leave"
        }
        if (c + 1 < end && TokenTags.isContractedVerbAfter(doc.token(c), doc.token(c + 1))) {
            return true; // "it ’s late"
        }
        int k = c;
        while (k < end && (TokenTags.isNounPhraseWord(doc.token(k)) || TokenTags.isPlaceholderSubject(doc.token(k))
                || is(doc.token(k), "and") || is(doc.token(k), "of"))) {
            k++;
        }
        while (k < end && (TokenTags.isAdverb(doc.token(k)) || isComma(doc.token(k)))) {
            k++; // "they, too, have had"
        }
        return k > c && k < end && TokenTags.isFiniteVerb(doc.token(k))
                && !doc.token(k - 1).pos().equals("CCONJ"); // "announced his candidacy and left": no clause
    }

    /**
     * True when only adverbs and prepositional phrases follow {@code from}, up to the sentence
     * end or a comma ("..., he said in his book, “An American Son.”").
     */
    private boolean restIsEmpty(int from, Sentence sentence) {
        int end = contentEnd(sentence, from);
        int k = from;
        while (k < end && !isComma(doc.token(k))) {
            int next = skipModifiersAndPhrases(k, end);
            if (next == k) {
                return false;
            }
            k = next;
        }
        return true;
    }

    /**
     * Where reported speech in {@code sentence} ends: before a dash or semicolon that opens a new
     * clause ("he declared X – he later said Y"), else the sentence end, without final punctuation.
     */
    private int contentEnd(Sentence sentence, int from) {
        int end = sentence.endToken();
        for (int k = from; k < sentence.endToken(); k++) {
            String w = doc.token(k).text();
            if ((w.equals("–") || w.equals("—") || w.equals(";")) && !doc.isQuoted(k)) {
                int close = w.equals(";") ? -1 : closingDash(k, sentence);
                if (close < 0) {
                    end = k;
                    break;
                }
                k = close; // "571 delegates — a group of party leaders — supported": an aside
            }
        }
        while (end > sentence.firstToken() && isTrailingPunctuation(doc.token(end - 1))) {
            end--;
        }
        return end;
    }

    /** The dash that closes an aside opened by the dash at {@code open} within a few tokens, or -1. */
    private int closingDash(int open, Sentence sentence) {
        for (int k = open + 1; k < Math.min(sentence.endToken() - 1, open + MAX_ASIDE_TOKENS); k++) {
            if (doc.token(k).text().equals(doc.token(open).text())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isTrailingPunctuation(Token t) {
        return (t.text().length() == 1 && ".!?;:".contains(t.text())) || t.text().equals("”");
    }

    /** Reported speech of at least {@value #MIN_TOKENS} tokens with a verb or a quotation in it, or null. */
    private Reported span(int first, int end, Attribution attribution) {
        if (end - first < MIN_TOKENS || !(hasVerb(first, end) || hasQuotation(first, end))) {
            return null;
        }
        return new Reported(doc.token(first).start(), doc.token(end - 1).end(), attribution);
    }
}
