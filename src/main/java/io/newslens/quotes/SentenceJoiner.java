package io.newslens.quotes;

import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins a sentence that ends on a title, an initial ("Sen.", "Mrs .", "R."), an abbreviated month
 * before its day ("Sept. 11") or a comma with the one after it.
 *
 * <p>Why here: the sentence detector splits after titles, which cuts "Sen. Ted Cruz said ..."
 * into a sentence without its subject; the quote rules read subjects and content within a
 * sentence, so they work on the joined list. Other stages keep the detector's sentences.
 */
final class SentenceJoiner {
    /** Abbreviated months, which a day number follows ("on Sept. 11"). */
    private static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec");
    private SentenceJoiner() {
    }

    static List<Sentence> joinAfterTitles(List<Token> tokens, List<Sentence> sentences) {
        List<Sentence> joined = new ArrayList<>(sentences.size());
        Sentence pending = null;
        for (Sentence s : sentences) {
            Sentence current = pending == null ? s
                    : new Sentence(pending.start(), s.end(), pending.firstToken(), s.endToken());
            pending = null;
            if (endsOnTitle(tokens, current)) {
                pending = current;
            } else {
                joined.add(current);
            }
        }
        if (pending != null) {
            joined.add(pending);
        }
        return joined;
    }

    private static boolean endsOnTitle(List<Token> tokens, Sentence s) {
        int last = s.endToken() - 1;
        if (last < s.firstToken() || last + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(last);
        String word = t.text().equals(".") && last > s.firstToken() && tokens.get(last - 1).end() == t.start()
                ? tokens.get(last - 1).text() : t.text().endsWith(".") ? t.text().substring(0, t.text().length() - 1) : "";
        Token next = tokens.get(last + 1);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
                && Character.isUpperCase(next.text().charAt(0)); // "Joseph R. | Biden"
        boolean number = (word.equals("No") || MONTHS.contains(word)) // "the No. | 2 Republican", "Sept. | 11"
                && Character.isDigit(next.text().charAt(0));
        boolean lowercase = t.text().equals(")") && Character.isLowerCase(next.text().charAt(0)); // "(I-Vt.) | said"
        boolean comma = TokenTags.isComma(t); // "X, of Jackson, Miss., | attending ..., said": no sentence ends so
        return initial || number || lowercase || comma || TokenTags.isTitle(word);
    }
}
