package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Gives a type to mentions the rules had no evidence for, from the trained name finder
 * ({@code ner-en.bin}): a MISC mention that overlaps a person, organisation or location the
 * model finds in the same sentence takes that type; a person the rules guessed only because
 * all its words are proper nouns ("West Germany", "Air France") takes the model's place or
 * organisation when the model's name covers it, unless the document uses its last word alone,
 * as it does a person's surname ("Laurent Gbagbo ... Gbagbo").
 *
 * <p>Why only those: the rules' gazetteer, cue and title types measured better than the model's
 * on the seed and the samples; the model helps where the rules have no evidence ("Okafor said",
 * "Sairoon", "Elm Coulee"). Not thread-safe (one {@link NameFinderME}): one per worker, as every
 * annotator.
 */
final class NameFinderTyper {
    private static final int CONTEXT = 4;

    private final NameFinderME finder;
    /**
     * Checks the rules' guessed people. Its own instance, because a name finder remembers what it
     * tagged earlier in a document: the extra calls must not change how MISC mentions are typed.
     */
    private final NameFinderME personChecker;
    /** The type each guessed person's name took at its first mention in the document. */
    private final Map<String, EntityType> checkedPeople = new HashMap<>();

    NameFinderTyper(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
        this.personChecker = new NameFinderME(model);
    }

    /**
     * The mentions of one sentence, those without evidence retyped where the model knows better.
     *
     * @param text the whole document, where a guessed person's last word is looked for alone
     */
    List<Mention> retype(String text, List<Token> sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType type = m.type();
            if (type == EntityType.MISC && !MentionTyper.isDecidedMisc(m.text())) {
                type = modelType(finder, sentence, m, false);
            } else if (type == EntityType.PERSON && isProperNounRun(sentence, m)) {
                type = checkedPeople.computeIfAbsent(m.text(), name -> checkedType(text, sentence, m));
            }
            out.add(type == m.type() ? m : new Mention(m.text(), type, m.start(), m.end()));
        }
        return out;
    }

    /**
     * A guessed person's type: the model's place or organisation when its name covers the
     * mention, unless the document uses the name as a surname. Checked once per name and
     * document, which keeps a name's type the same throughout and the model's extra work small.
     */
    private EntityType checkedType(String text, List<Token> sentence, Mention m) {
        if (isUsedAsSurname(text, m.text())) {
            return EntityType.PERSON;
        }
        EntityType model = modelType(personChecker, sentence, m, true);
        return model == EntityType.ORG || model == EntityType.GPE ? model : EntityType.PERSON;
    }

    /**
     * True for a mention of two or more words, all proper nouns: what {@link MentionTyper} calls
     * a person when nothing else types it. A person typed from a title before it is such a run
     * too; the model sees the title in its window and mostly finds a person there (the title
     * cases of {@code MentionCountsTest} pass).
     */
    private static boolean isProperNounRun(List<Token> sentence, Mention m) {
        int first = firstToken(sentence, m);
        int end = endToken(sentence, m, first);
        return end - first > 1 && MentionTyper.allProperNouns(sentence, first, end);
    }

    /**
     * True when the document uses {@code name} the way it uses a person's surname: its last word
     * occurs alone more often than the name itself ("Laurent Gbagbo ... Gbagbo"), or the name
     * ends a longer name ("La Riva" after "Gloria La Riva"). Why: the model misses some people
     * in lists and unusual contexts, and a person the document goes on to name by surname is one.
     */
    static boolean isUsedAsSurname(String text, String name) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return false;
        }
        List<Integer> whole = occurrences(text, name);
        return whole.stream().anyMatch(at -> endsLongerName(text, at))
                || occurrences(text, name.substring(space + 1)).size() > whole.size();
    }

    /** Start offsets of {@code word} in {@code text} where it is not inside a longer word. */
    private static List<Integer> occurrences(String text, String word) {
        List<Integer> starts = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                starts.add(at);
            }
        }
        return starts;
    }

    /** True when a capitalised word and one space come right before {@code at}: "Gloria |La Riva". */
    private static boolean endsLongerName(String text, int at) {
        return at >= 2 && text.charAt(at - 1) == ' ' && Character.isLetter(text.charAt(at - 2))
                && Character.isUpperCase(text.charAt(wordStart(text, at - 2)));
    }

    private static int wordStart(String text, int inWord) {
        int start = inWord;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int firstToken(List<Token> sentence, Mention m) {
        int first = 0;
        while (first < sentence.size() && sentence.get(first).end() <= m.start()) {
            first++;
        }
        return first;
    }

    private static int endToken(List<Token> sentence, Mention m, int first) {
        int end = first;
        while (end < sentence.size() && sentence.get(end).start() < m.end()) {
            end++;
        }
        return end;
    }

    /**
     * The model's type for a mention, tagging only a window of {@value #CONTEXT} tokens on each
     * side of it. Why a window: tagging whole sentences made the name finder a third of the
     * entities command's time, and its features look only one or two tokens around a word.
     *
     * @param covering whether the model's name must cover the whole mention, not just overlap it
     */
    private static EntityType modelType(NameFinderME finder, List<Token> sentence, Mention m, boolean covering) {
        int first = firstToken(sentence, m);
        int last = endToken(sentence, m, first);
        List<Token> window = sentence.subList(Math.max(0, first - CONTEXT), Math.min(sentence.size(), last + CONTEXT));
        String[] words = window.stream().map(Token::text).toArray(String[]::new);
        for (Span name : finder.find(words)) {
            int start = window.get(name.getStart()).start();
            int end = window.get(name.getEnd() - 1).end();
            if (covering ? start <= m.start() && m.end() <= end : start < m.end() && m.start() < end) {
                return switch (name.getType()) {
                    case "person" -> EntityType.PERSON;
                    case "organization" -> EntityType.ORG;
                    case "location" -> EntityType.GPE;
                    default -> EntityType.MISC;
                };
            }
        }
        return EntityType.MISC;
    }

    /** Forgets names seen so far: documents are independent. */
    void clear() {
        finder.clearAdaptiveData();
        personChecker.clearAdaptiveData();
        checkedPeople.clear();
    }
}
