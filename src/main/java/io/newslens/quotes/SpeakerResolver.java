package io.newslens.quotes;

import io.newslens.analysis.Span;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Sentences;
import io.newslens.nlp.Token;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the words that name a speaker into a {@link Speaker}: a named entity, a pronoun's
 * antecedent, a document's issuer, or the phrase itself.
 *
 * <ul>
 *   <li>Named entity: the phrase's head word lies in an entity mention → the merged entity.
 *   <li>Pronoun: "he"/"she" → the last PERSON mention before it, "it"/"they" → the last
 *       ORG/GPE/NORP mention, within {@value #PRONOUN_WINDOW} sentences and outside quotations,
 *       preferring a subject within {@value #SUBJECT_WINDOW};
 *       nothing found → no name, never a guess.
 *   <li>"A spokesperson for X", "a representative of X" → X.
 *   <li>Document noun ("the statement read"): its issuer — "X issued a statement", "X's
 *       statement", "the X statement", "a statement from X" — here or at the last earlier
 *       mention of the same noun.
 *   <li>Otherwise the phrase without its determiner ("protesters", "Iraqi media").
 * </ul>
 * One instance per analysis; not thread-safe.
 */
final class SpeakerResolver {
    private static final int PRONOUN_WINDOW = 6;
    /** Sentences searched back for a subject antecedent before any mention is taken. */
    private static final int SUBJECT_WINDOW = 3;
    private static final int ISSUER_WINDOW = 6;
    private static final int MAX_ISSUER_DEPTH = 2;
    private static final Set<String> DOCUMENTS = Set.of("statement", "report", "letter", "release",
            "tweet", "post", "message", "memo", "email", "e-mail", "filing", "communique", "announcement",
            "document", "editorial", "note", "notice", "video", "ad", "advertisement", "complaint", "lawsuit");
    private static final Set<String> ORGANISATIONS = Set.of("company", "firm", "group", "union", "agency",
            "organization", "organisation", "association", "campaign", "committee", "council", "bank", "ministry");
    private static final Set<String> ROLES = Set.of("mayor", "senator", "governor", "minister", "president",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "councillor", "councilor",
            "judge", "prosecutor", "congressman", "congresswoman", "candidate", "lawmaker");
    /** People who speak for an organisation: "a spokesperson for X" is X speaking. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman",
            "spokespeople", "spokesmen", "spokeswomen", "representative", "representatives");
    private static final Set<EntityType> PERSON = EnumSet.of(EntityType.PERSON);
    private static final Set<EntityType> ORG = EnumSet.of(EntityType.ORG);
    private static final Set<EntityType> GROUPS = EnumSet.of(EntityType.ORG, EntityType.GPE, EntityType.NORP);

    private final DocumentView doc;
    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final EntityIndex entities;
    private final List<QuotedText> quoted;
    private final SubjectFinder subjects;

    SpeakerResolver(DocumentView doc, EntityIndex entities, SubjectFinder subjects) {
        this.doc = doc;
        this.text = doc.text;
        this.tokens = doc.tokens;
        this.sentences = doc.sentences;
        this.entities = entities;
        this.quoted = doc.quoted;
        this.subjects = subjects;
    }

    Speaker resolve(TokenRange phrase) {
        return resolve(phrase, 0);
    }

    /** {@code depth} counts issuer look-ups, so that "the statement" never resolves through itself. */
    private Speaker resolve(TokenRange phrase, int depth) {
        Span words = span(phrase);
        Token head = tokens.get(head(phrase));
        if (phrase.end() - phrase.first() == 1 && TokenTags.isPronoun(head)) {
            return pronoun(head, words);
        }
        if (phrase.end() - phrase.first() == 1 && TokenTags.isRelativePronoun(head)) {
            TokenRange antecedent = subjects.antecedentOf(phrase.first(), sentenceOf(head.start()).firstToken());
            Speaker s = antecedent == null ? null : resolve(antecedent, depth);
            return new Speaker(s == null ? null : s.name(), s == null ? null : s.type(), words);
        }
        EntityIndex.Located named = entities.at(head.start(), head.end());
        if (named == null) {
            named = firstConjunct(phrase);
        }
        EntityIndex.Located represented = named == null ? representedBy(phrase) : null;
        if (represented != null) { // "a spokesperson for Norvance"
            Span whole = Span.of(text, words.start(), represented.mention().end());
            return new Speaker(represented.entity().name(), represented.entity().type(), whole);
        }
        if (named != null) {
            return new Speaker(named.entity().name(), named.entity().type(), words);
        }
        Speaker anaphor = definiteAnaphor(phrase, words);
        if (anaphor != null) {
            return anaphor;
        }
        if (hasDocumentNoun(phrase) && depth < MAX_ISSUER_DEPTH) {
            Speaker issuer = issuer(phrase, depth);
            if (issuer != null) {
                return new Speaker(issuer.name(), issuer.type(), words);
            }
        }
        return new Speaker(phraseName(phrase), null, words);
    }

    private Speaker pronoun(Token pronoun, Span words) {
        Set<EntityType> types = TokenTags.isPersonPronoun(pronoun) ? PERSON
                : TokenTags.isThingPronoun(pronoun) ? GROUPS : Set.of();
        if (types.isEmpty()) {
            return new Speaker(null, null, words);
        }
        EntityIndex.Located antecedent = entities.lastBefore(pronoun.start(),
                windowStart(pronoun.start(), SUBJECT_WINDOW), types, quoted, this::isSubject);
        if (antecedent == null) {
            antecedent = entities.lastBefore(pronoun.start(), windowStart(pronoun.start(), PRONOUN_WINDOW), types, quoted);
        }
        return antecedent == null ? new Speaker(null, null, words)
                : new Speaker(antecedent.entity().name(), antecedent.entity().type(), words);
    }

    /**
     * True when the mention reads as a subject: a verb or an apposition's comma follows it
     * ("Okafor did not hesitate", "Noor Al-Sayed, told"), or only capitalised words precede it
     * in its sentence. A later "he" or "she" most often continues the subject; a possessive
     * ("Reyes's amendment") or an object mention in between does not.
     */
    private boolean isSubject(Mention m) {
        int next = doc.tokenAtOrAfter(m.end());
        if (next < tokens.size() && (TokenTags.isFiniteVerb(tokens.get(next)) || TokenTags.isComma(tokens.get(next)))) {
            return true;
        }
        Sentence sentence = sentenceOf(m.start());
        for (int i = sentence.firstToken(); i < tokens.size() && tokens.get(i).start() < m.start(); i++) {
            Token t = tokens.get(i);
            if (!t.isCapitalised() && !TokenTags.isDeterminer(t) && !t.text().equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** The entity right after "a spokesperson for", "a representative of"; null otherwise. */
    private EntityIndex.Located representedBy(TokenRange phrase) {
        int of = phrase.end();
        if (!SPOKESPEOPLE.contains(TokenTags.lower(tokens.get(phrase.end() - 1))) || of + 1 >= tokens.size()
                || !(TokenTags.is(tokens.get(of), "for") || TokenTags.is(tokens.get(of), "of"))) {
            return null;
        }
        int name = TokenTags.isDeterminer(tokens.get(of + 1)) && of + 2 < tokens.size() ? of + 2 : of + 1;
        EntityIndex.Located named = entities.at(tokens.get(name).start(), tokens.get(name).end());
        return named != null && named.mention().start() == tokens.get(name).start() ? named : null;
    }

    /** "Tehran and its militias" → Tehran: the first of coordinated names, when it is one. */
    private EntityIndex.Located firstConjunct(TokenRange phrase) {
        for (int i = phrase.first(); i < phrase.end(); i++) {
            if (TokenTags.is(tokens.get(i), "and") && i > phrase.first()) {
                Token last = tokens.get(i - 1);
                return entities.at(last.start(), last.end());
            }
        }
        return null;
    }

    /**
     * "the company" → the last organisation, "the mayor" → the last person, within the pronoun
     * window; null when the phrase is not "the" + one such noun, or nothing fits.
     */
    private Speaker definiteAnaphor(TokenRange phrase, Span words) {
        if (phrase.end() - phrase.first() != 2 || !TokenTags.is(tokens.get(phrase.first()), "the")) {
            return null;
        }
        String noun = TokenTags.lower(tokens.get(phrase.first() + 1));
        Set<EntityType> types = ORGANISATIONS.contains(noun) ? ORG : ROLES.contains(noun) ? PERSON : Set.of();
        if (types.isEmpty()) {
            return null;
        }
        EntityIndex.Located antecedent = entities.lastBefore(words.start(),
                windowStart(words.start(), PRONOUN_WINDOW), types, quoted);
        return antecedent == null ? null
                : new Speaker(antecedent.entity().name(), antecedent.entity().type(), words);
    }

    /** True when the phrase names a document ("a statement Wednesday", "the group's report"). */
    private boolean hasDocumentNoun(TokenRange phrase) {
        for (int i = phrase.first(); i < phrase.end(); i++) {
            if (TokenTags.isCommonNoun(tokens.get(i)) && DOCUMENTS.contains(TokenTags.lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The issuer of a document noun, or null. */
    private Speaker issuer(TokenRange phrase, int depth) {
        int headIndex = head(phrase);
        for (int i = phrase.first(); i < headIndex; i++) { // "the White House statement", "Pompeo's letter"
            EntityIndex.Located named = entities.at(tokens.get(i).start(), tokens.get(i).end());
            if (named != null) {
                return new Speaker(named.entity().name(), named.entity().type(), null);
            }
        }
        Speaker after = issuerAfter(phrase, depth);
        if (after != null) {
            return after;
        }
        int before = phrase.first() - 1;
        Sentence sentence = sentenceOf(tokens.get(headIndex).start());
        int verb = -1;
        if (before >= sentence.firstToken() && TokenTags.isVerb(tokens.get(before))) { // "X issued a statement"
            verb = before;
        } else if (before >= sentence.firstToken() && TokenTags.isPreposition(tokens.get(before))) {
            verb = verbAround(before, phrase.end(), sentence); // "X said in a statement", "In a statement, X said"
        }
        if (verb >= 0) {
            TokenRange subject = subjects.subjectOf(verb, sentence.firstToken());
            if (subject != null) {
                Speaker s = resolve(subject, depth + 1);
                return s.name() == null ? null : s;
            }
        }
        if (depth == 0) {
            int earlier = earlierMention(tokens.get(headIndex));
            if (earlier >= 0) {
                TokenRange previous = subjects.nounPhraseEndingAt(earlier,
                        sentenceOf(tokens.get(earlier).start()).firstToken());
                return previous == null ? null : issuer(previous, depth + 1);
            }
        }
        return null;
    }

    /** The verb a prepositional phrase hangs on: just before it, or the first after it in the sentence. */
    private int verbAround(int preposition, int phraseEnd, Sentence sentence) {
        if (preposition - 1 >= sentence.firstToken() && TokenTags.isVerb(tokens.get(preposition - 1))) {
            return preposition - 1;
        }
        for (int k = phraseEnd; k < sentence.endToken(); k++) {
            if (TokenTags.isVerb(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "a statement from the White House", "a report by Reuters". */
    private Speaker issuerAfter(TokenRange phrase, int depth) {
        int by = phrase.end();
        if (by + 1 < tokens.size() && (TokenTags.is(tokens.get(by), "from") || TokenTags.is(tokens.get(by), "by"))) {
            TokenRange source = subjects.nounPhraseAt(by + 1, sentenceOf(tokens.get(by).start()).endToken());
            if (source != null) {
                Speaker s = resolve(source, depth + 1);
                return s.name() == null ? null : s;
            }
        }
        return null;
    }

    /** The index of the last earlier token with the same word as {@code noun}, within a few sentences. */
    private int earlierMention(Token noun) {
        int notBefore = windowStart(noun.start(), ISSUER_WINDOW);
        for (int i = tokens.indexOf(noun) - 1; i >= 0 && tokens.get(i).start() >= notBefore; i--) {
            if (tokens.get(i).text().equalsIgnoreCase(noun.text())) {
                return i;
            }
        }
        return -1;
    }

    private int head(TokenRange phrase) {
        for (int i = phrase.end() - 1; i > phrase.first(); i--) {
            Token t = tokens.get(i);
            if (TokenTags.isNoun(t) || TokenTags.isPronoun(t)) {
                return i;
            }
        }
        return phrase.first();
    }

    /** The phrase as a name: without a leading determiner and without quotation marks. */
    private String phraseName(TokenRange phrase) {
        int first = phrase.first();
        if (TokenTags.isDeterminer(tokens.get(first)) && first + 1 < phrase.end()) {
            first++;
        }
        String name = text.substring(tokens.get(first).start(), tokens.get(phrase.end() - 1).end());
        return name.replaceAll("[\"“”„«»]", "").replaceAll("\\s+", " ").strip();
    }

    private Span span(TokenRange phrase) {
        return Span.of(text, tokens.get(phrase.first()).start(), tokens.get(phrase.end() - 1).end());
    }

    private Sentence sentenceOf(int offset) {
        return sentences.get(Sentences.indexAt(sentences, offset));
    }

    /** The start offset of the sentence {@code back} sentences before the one holding {@code offset}. */
    private int windowStart(int offset, int back) {
        return sentences.get(Math.max(0, Sentences.indexAt(sentences, offset) - back)).start();
    }
}
