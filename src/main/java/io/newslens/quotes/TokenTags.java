package io.newslens.quotes;

import io.newslens.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word classes the quote rules need, read from Universal Dependencies part-of-speech tags
 * (the {@code nlp} stage's tag set) and a few closed word lists.
 *
 * <p>Why word lists next to tags: UD tags do not tell a past tense from a participle
 * ("said" vs "was said") nor a personal pronoun from "who" or "something", and tagger errors
 * on short function words ("that", "and") would otherwise break the clause patterns; the lists
 * are closed classes, so they are safe.
 */
final class TokenTags {
    static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "„", "«", "»", "``", "''");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "they");
    private static final Set<String> OTHER_PRONOUNS = Set.of("i", "we", "you");
    private static final Set<String> AMOUNT_SIGNS = Set.of("$", "%", "€", "£");
    /** Pronouns of quantity that can head a speaker phrase ("others shouted", "one Democrat said"). */
    private static final Set<String> QUANTITY_PRONOUNS = Set.of("one", "some", "many", "others", "another",
            "several", "both", "all", "most", "none", "few", "each", "someone", "somebody", "everyone", "everybody",
            "anyone", "nobody");
    private static final Set<String> PLACEHOLDER_SUBJECTS = Set.of("there", "nothing", "something", "everything",
            "anything", "this", "these", "those", "what", "whoever", "whatever", "no", "neither", "either");
    /** Auxiliaries that are verbs whatever the tag says. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were",
            "be", "been", "will", "would", "could", "can", "may", "might", "should", "did", "does", "do", "also",
            "later", "then", "again", "repeatedly", "previously", "recently", "reportedly", "once", "often",
            "not", "never", "n't", "already", "still", "first");
    /** Prepositions that open a phrase between a subject and its verb ("X in a statement said"). */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "with", "for", "from", "via", "through", "over", "within", "throughout", "to");

    private static final Pattern CONTRACTED_PRONOUN = Pattern.compile(
            "(?i)(i|you|he|she|it|we|they|there|that)['’](m|re|ve|d|ll|s)");
    /** An auxiliary contracted with "not", which the tagger may call PUNCT ("shouldn’t", "can't"). */
    private static final Pattern NEGATED_AUXILIARY = Pattern.compile("(?i)\\p{L}+n['’]t");
    private static final Set<String> CONTRACTING_WORDS = Set.of("there", "that", "what", "here", "who");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "this", "last", "next", "past",
            "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "day");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "prof", "rev", "st", "jr", "sr", "pres", "atty", "supt", "det", "cmdr", "adm");

    private TokenTags() {
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    static boolean isQuoteMark(Token t) {
        return QUOTE_MARKS.contains(t.text());
    }

    /** A mark that closes a quotation, or may: "”", "»", a straight mark. */
    static boolean isClosingMark(Token t) {
        String w = t.text();
        return w.equals("”") || w.equals("»") || w.equals("\"") || w.equals("''");
    }

    /** A verb or auxiliary, also inside a contraction the tokenizer left whole ("wasn't/AUX+PART"). */
    static boolean isVerb(Token t) {
        String pos = t.pos();
        return pos.equals("VERB") || pos.equals("AUX") || pos.startsWith("AUX+") || pos.startsWith("VERB+")
                || pos.endsWith("+AUX") || pos.endsWith("+VERB");
    }

    /**
     * A pronoun and its verb in one token: "she’ll/PRON+AUX", "he’s/PRON+AUX"; also when the
     * tagger missed it, as it often does with a typographic apostrophe ("he’ll/PUNCT", "I’m/PROPN").
     */
    static boolean isPronounWithVerb(Token t) {
        return (t.pos().startsWith("PRON+") && isVerb(t)) || CONTRACTED_PRONOUN.matcher(t.text()).matches();
    }

    /**
     * "’s" or "'s" after a pronoun or "there"/"that"/"what" ("it ’s late", "there ’s hope"): the
     * tokenizer splits it off and tags it PUNCT, yet it is "is" or "has", not a possessive.
     */
    static boolean isContractedVerbAfter(Token previous, Token t) {
        String w = lower(t);
        return (w.equals("’s") || w.equals("'s"))
                && (isPronoun(previous) || CONTRACTING_WORDS.contains(lower(previous)));
    }

    /** Words that can stand as the subject of reported clause but name no speaker ("said there was"). */
    static boolean isPlaceholderSubject(Token t) {
        return PLACEHOLDER_SUBJECTS.contains(lower(t));
    }

    /** A verb form that can head a clause with its own subject: not "-ing", not after "to" or "be". */
    static boolean isFiniteVerb(Token t) {
        return (isVerb(t) && !isGerund(t)) || FINITE_AUXILIARIES.contains(lower(t)) // "were/ADV": a tagger slip
                || NEGATED_AUXILIARY.matcher(t.text()).matches();
    }

    static boolean isGerund(Token t) {
        return isVerb(t) && lower(t).endsWith("ing");
    }

    static boolean isBe(Token t) {
        return BE.contains(lower(t));
    }

    static boolean isNoun(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }

    static boolean isCommonNoun(Token t) {
        return t.pos().equals("NOUN");
    }

    /** Personal pronouns that can name a speaker. */
    static boolean isPronoun(Token t) {
        String w = lower(t);
        return PERSON_PRONOUNS.contains(w) || THING_PRONOUNS.contains(w) || OTHER_PRONOUNS.contains(w);
    }

    /** "one", "others", "many", "both": the tagger calls them PRON, DET, NUM or CCONJ. */
    static boolean isQuantityPronoun(Token t) {
        return QUANTITY_PRONOUNS.contains(lower(t));
    }

    static boolean isPersonPronoun(Token t) {
        return PERSON_PRONOUNS.contains(lower(t));
    }

    static boolean isThingPronoun(Token t) {
        return THING_PRONOUNS.contains(lower(t));
    }

    static boolean isAdverb(Token t) {
        return t.pos().equals("ADV");
    }

    /** Adverbs and auxiliaries that may stand between a subject and its verb ("he later said"). */
    static boolean isVerbModifier(Token t) {
        return (isAdverb(t) && !isMistaggedName(t)) || t.pos().equals("AUX") || AUXILIARIES.contains(lower(t))
                || (t.pos().equals("ADJ") && t.text().endsWith("ly")); // "broadly/ADJ called"
    }

    static boolean isDeterminer(Token t) {
        return t.pos().equals("DET");
    }

    /** Words that may be part of a noun phrase (before its head, or the head itself). */
    static boolean isNounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM")
                || (pos.equals("DET") && !lower(t).equals("that")) || isPronoun(t) || isQuantityPronoun(t)
                || isPossessive(t)
                || isQuoteMark(t) || isMistaggedName(t) || isAmountSign(t);
    }

    /** "$", "%", "€", "£": signs of an amount, inside a noun phrase ("a $275 billion plan", "a 26 % tariff"). */
    private static boolean isAmountSign(Token t) {
        return t.pos().equals("SYM") && AMOUNT_SIGNS.contains(t.text());
    }

    /** A name the tagger took for something else ("Guzzinati/PRON said", "al-Abadi/PUNCT declared"). */
    private static boolean isMistaggedName(Token t) {
        return t.text().length() > 1 && t.text().chars().anyMatch(Character::isUpperCase)
                && Character.isLetter(t.text().charAt(0))
                && Set.of("PRON", "VERB", "ADV", "X", "PUNCT").contains(t.pos())
                && !Set.of("it", "this", "that", "these", "those", "there", "here", "what", "who", "which", "why",
                "how", "when", "where", "then", "also", "now", "so", "still").contains(lower(t));
    }

    /** "his", "their", "'s". */
    /** "his", "her", "its", "their", "our", "my": a possessive determiner. */
    static boolean isPossessivePronoun(Token t) {
        return Set.of("his", "her", "its", "their", "our", "my", "your").contains(lower(t));
    }

    private static boolean isPossessive(Token t) {
        String w = lower(t);
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("his") || w.equals("her")
                || w.equals("its") || w.equals("their") || w.equals("our") || w.equals("my");
    }

    /** Relative pronouns that stand for the noun phrase before them ("Smith, who said"). */
    static boolean isRelativePronoun(Token t) {
        String w = lower(t);
        return w.equals("who") || w.equals("which");
    }

    static boolean isPreposition(Token t) {
        return PREPOSITIONS.contains(lower(t));
    }

    /** "Sen", "mrs": a title written before a name. */
    static boolean isTitle(String word) {
        return TITLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when the token at {@code k} is the dot of a title written before a name ("Sen. Rubio"). */
    static boolean isTitleDot(List<Token> tokens, int k) {
        if (k == 0 || !tokens.get(k).text().equals(".")) {
            return false;
        }
        Token title = tokens.get(k - 1);
        return title.end() == tokens.get(k).start() && TITLES.contains(lower(title));
    }

    /**
     * True when the token at {@code k} is a piece of a hyphenated word the tokenizer split
     * ("Mark - Viverito", "co- Anchor", "43- year - old"): a hyphen joins it to a neighbour
     * with no space between them.
     */
    static boolean isHyphenJoined(List<Token> tokens, int k) {
        return (k > 0 && hyphenBetween(tokens.get(k - 1), tokens.get(k)))
                || (k + 1 < tokens.size() && hyphenBetween(tokens.get(k), tokens.get(k + 1)));
    }

    private static boolean hyphenBetween(Token left, Token right) {
        return left.end() == right.start() && (left.text().endsWith("-") || right.text().startsWith("-"));
    }

    /** Words of a time phrase ("Saturday", "this past week", "last month", "earlier today"). */
    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(lower(t));
    }

    static boolean isComma(Token t) {
        return t.text().equals(",");
    }

    static boolean is(Token t, String word) {
        return t.text().equalsIgnoreCase(word);
    }
}
