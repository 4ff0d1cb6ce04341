package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Products named by a maker and a model number ("Boeing 707", "Airbus A300s"), and the model
 * number used alone for them ("the 707", "any 707s", "the A300"). Stateless: thread-safe.
 *
 * <p>Why three digits or letters and digits: shorter numbers after a name are scores and counts
 * ("Arsenal 2"), four digits are years ("Bush 2004"). Not in title-case headlines, where a number
 * after a capitalised word is just the next word ("Prices Rise 300 ..."); a headline only half in
 * title case still joins ("IBM Releases 500 patents").
 */
final class ModelNumbers {
    /** Currencies before an amount: "Euro 168 million" is no product. */
    private static final Set<String> CURRENCIES = Set.of("Euro", "Euros", "Dollar", "Dollars", "Pound", "Pounds",
            "Yen", "Yuan", "Rupee", "Rupees", "Rs");
    /** Words after a number that make it an amount: "the Atlantic Ocean 650 km off", "Gaza City 105 days ago". */
    private static final Set<String> UNITS = Set.of("km", "kilometres", "kilometers", "miles", "mi", "metres",
            "meters", "m", "feet", "ft", "yards", "kg", "kilograms", "pounds", "lb", "tonnes", "tons", "days",
            "weeks", "months", "years", "hours", "minutes", "seconds", "people", "percent", "million", "billion",
            "votes", "points", "runs", "goals", "mph");
    private static final Pattern MODEL_NUMBER = Pattern.compile("(?:\\d{3}|\\p{Lu}{1,3}-?\\d{2,4}[a-z]{0,3})s?");

    private ModelNumbers() {
    }

    /** True for a model number: "707", "707s", "A300", "A320neo", "Su-27". */
    static boolean isModelNumber(String word) {
        return MODEL_NUMBER.matcher(word).matches();
    }

    /**
     * True when the word before a model number can be a maker or a product line: not a currency
     * ("Euro 168"), an organisation word ("Chanchangi Airlines 737" is the airline's 737) or a
     * word for a kind of place ("Atlantic Ocean 650").
     */
    static boolean namesProducts(String word, Gazetteer gazetteer) {
        return !CURRENCIES.contains(word) && !gazetteer.isOrgCue(word) && !gazetteer.isLocCue(word);
    }

    /** True for a unit or a counted thing after a number, which makes it an amount. */
    static boolean isUnit(String word) {
        return UNITS.contains(word);
    }

    /** True for a maker's name and a model number: "Boeing 707", "Airbus A300s". */
    static boolean isProduct(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && isModelNumber(name.substring(space + 1));
    }

    /** The model number of a product or a bare number, without a plural "s": "707" for "Boeing 707s". */
    static String model(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.endsWith("s") && last.length() > 1 && !Character.isLetter(last.charAt(last.length() - 2))
                ? last.substring(0, last.length() - 1) : last;
    }

    /**
     * {@code mentions} with a MISC mention added for each token outside them that is the model
     * number of a product the document names ("the 707" after "Boeing 707"), in text order.
     */
    static List<Mention> withBareNumbers(List<Token> tokens, List<Mention> mentions) {
        Set<String> models = new HashSet<>();
        mentions.stream().filter(m -> isProduct(m.text())).forEach(m -> models.add(model(m.text())));
        if (models.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        for (Token t : tokens) {
            if (isModelNumber(t.text()) && models.contains(model(t.text())) && !inside(t, mentions)) {
                all.add(new Mention(t.text(), EntityType.MISC, t.start(), t.end()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    private static boolean inside(Token t, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
    }
}
