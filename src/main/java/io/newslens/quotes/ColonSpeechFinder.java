package io.newslens.quotes;

import io.newslens.entities.EntityType;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds speech introduced by a colon without quotation marks: a name labelling a line
 * ("Rubio: I Still Believe …" as a headline, "TAPPER: Do you think …" in a transcript) and a
 * reporting clause ending in a colon ("A few minutes later, he added: The talk of decline …").
 * The content runs to the end of the line.
 *
 * <p>Why only names the article mentions again as labels: a line opened by "The Latest:",
 * "Q:", "Editor’s note:" or "BOOM:" is a heading, not a speaker. The first line (the headline)
 * takes any proper-noun label instead, named again or not. Why a verb in the content:
 * "Clinton: 1,769." is a list item. One instance per analysis; not
 * thread-safe.
 */
final class ColonSpeechFinder {
    private static final int MAX_LABEL_TOKENS = 4;
    private static final int MIN_CONTENT_TOKENS = 3;
    /** Words between a reporting verb and its colon: "said on Twitter:", "told CNBC:". */
    private static final int MAX_CUE_TAIL = 4;
    /** Sources a headline names by a common noun: "Poll: Trump and Clinton hold narrow leads". */
    private static final Set<String> SOURCE_NOUNS = Set.of("poll", "report", "survey", "study");
    private static final Set<EntityType> SPEAKER_TYPES = Set.of(EntityType.PERSON, EntityType.ORG);

    private final DocumentView doc;
    private final ReportingVerbs verbs;
    private final SubjectFinder subjects;
    private final EntityIndex entities;

    ColonSpeechFinder(DocumentView doc, ReportingVerbs verbs, SubjectFinder subjects, EntityIndex entities) {
        this.doc = doc;
        this.verbs = verbs;
        this.subjects = subjects;
        this.entities = entities;
    }

    List<Reported> find() {
        List<Reported> found = new ArrayList<>();
        for (int k = 1; k + 1 < doc.tokens.size(); k++) {
            if (!doc.token(k).text().equals(":") || doc.isQuoted(k) || opensQuotation(k + 1)
                    || doc.lineBreakBetween(doc.token(k).end(), doc.token(k + 1).start())) {
                continue;
            }
            Attribution attribution = label(k);
            if (attribution == null) {
                attribution = reportingClause(k);
            }
            int last = doc.lastTokenOnLine(k + 1);
            if (attribution != null && (readsAsClause(k + 1, last)
                    || (attribution.speaker().first() == 0 && last - k >= MIN_CONTENT_TOKENS))) {
                found.add(new Reported(doc.token(k + 1).start(), doc.token(last).end(), attribution));
            }
        }
        return found;
    }

    /** "Rubio:" opening a line: a person or organisation name of a few words, the colon its cue. */
    private Attribution label(int colon) {
        int first = lineStart(colon);
        if (colon == first || colon - first > MAX_LABEL_TOKENS) {
            return null;
        }
        for (int k = first; k < colon; k++) {
            if (!doc.token(k).isCapitalised() || TokenTags.isQuoteMark(doc.token(k))) {
                return null;
            }
        }
        if ((colon - first == 1 && SOURCE_NOUNS.contains(TokenTags.lower(doc.token(first))))
                || (first == 0 && isHeadlineName(first, colon))) {
            return new Attribution(colon, colon + 1, new TokenRange(first, colon));
        }
        EntityIndex.Located name = entities.at(doc.token(colon - 1).start(), doc.token(colon - 1).end());
        if (name == null || !SPEAKER_TYPES.contains(name.entity().type())
                || name.mention().start() > doc.token(first).start() || name.entity().mentions().size() < 2) {
            return null;
        }
        return new Attribution(colon, colon + 1, new TokenRange(first, colon));
    }

    /**
     * True when the label of the first line reads as a name: proper nouns with no verb, not
     * "The …" ("The Latest:"). Why not the entity check of other lines: a headline's label is
     * often named once only or in another form ("NY Daily News:", "Dr. Ben Carson:").
     */
    private boolean isHeadlineName(int first, int colon) {
        if (TokenTags.lower(doc.token(first)).equals("the") || !doc.token(colon - 1).pos().equals("PROPN")
                || (colon - first == 1 && isAllCaps(doc.token(first).text()))) {
            return false; // "The Latest:", "BOOM:", "LOOK:"
        }
        for (int k = first; k < colon; k++) {
            if (TokenTags.isVerb(doc.token(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCaps(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase());
    }

    /** "X said:", "he added:", "Mr. Trump said on Twitter:": a reporting verb with its subject just before. */
    private Attribution reportingClause(int colon) {
        Sentence sentence = doc.sentence(doc.sentenceOfToken(colon));
        for (int k = colon - 1; k >= Math.max(sentence.firstToken(), colon - 1 - MAX_CUE_TAIL); k--) {
            if (doc.isCue(k, verbs)) {
                TokenRange speaker = subjects.subjectOf(k, sentence.firstToken());
                return speaker == null ? null : new Attribution(k, k + 1, speaker);
            }
            if (TokenTags.isVerb(doc.token(k))) {
                return null;
            }
        }
        return null;
    }

    /** The first token of the line holding {@code k}. */
    private int lineStart(int k) {
        int first = k;
        while (first > 0 && !doc.lineBreakBetween(doc.token(first - 1).end(), doc.token(first).start())) {
            first--;
        }
        return first;
    }

    /**
     * True when {@code [first, last]} has a verb after its first word: "Clinton: 1,769." and
     * "Rubio: Finish second." are items of a list, not speech.
     */
    private boolean readsAsClause(int first, int last) {
        if (last - first + 1 < MIN_CONTENT_TOKENS) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            if (TokenTags.isVerb(doc.token(k)) && !doc.isQuoted(k)) {
                return true;
            }
        }
        return false;
    }

    /** "X said: “…”" is a direct quotation, found by the direct pass. */
    private boolean opensQuotation(int k) {
        Token t = doc.token(k);
        return TokenTags.isQuoteMark(t) || doc.isQuoted(k);
    }
}
