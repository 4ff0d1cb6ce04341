package io.newslens.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells whether two names are one name spelt with other vowels: the same words, where a word of
 * five letters or more may differ in one vowel that is not its last letter, or have one inner
 * vowel more ("Pantibratyuk", "Pantbratyuk"). Apostrophes, accents and case are ignored
 * ("al-Qa’ida", "Al-Qaeda"; "Kaczynski", "Kaczyński"), so two capitalised names that differ only
 * in them are variants ("Github", "GitHub"), and so are names that differ in an abbreviated place
 * word ("Mt. Hood", "Mount Hood"), a leading "The" ("The Times") or a hyphen before a digit ("G-7").
 *
 * <p>Why vowels only: transliteration ("Usama"/"Osama", "Ladin"/"Laden") and typing slips
 * ("Magnitigorsk") change vowels; a changed consonant more often makes another name
 * ("Gambia"/"Zambia"). Stateless: thread-safe.
 */
final class SpellingVariants {
    /** Words shorter than this are compared exactly: "Iran" and "Iraq", "Mali" and "Male". */
    private static final int MIN_WORD_LENGTH = 5;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern LETTER_DIGIT_HYPHEN = Pattern.compile("(\\p{L})-(\\d)");
    /** A place word abbreviated at a name's start, lower-cased: "mt. hood", "ft. worth", "st. louis". */
    private static final Pattern LEADING_ABBREVIATION = Pattern.compile("^(mt|ft|st)\\.? ");
    private static final Map<String, String> EXPANSIONS = Map.of("mt", "mount", "ft", "fort", "st", "saint");

    private SpellingVariants() {
    }

    /**
     * True when {@code a} and {@code b} differ, and only in one inner vowel of some of their words,
     * or one vowel more, or (both capitalised) only in accents, apostrophes or case.
     */
    static boolean areVariants(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        String normalA = normalise(a);
        String normalB = normalise(b);
        if (normalA.equals(normalB)) {
            // "Jaroslaw Kaczynski" and "Jarosław Kaczyński", "Github" and "GitHub"; not "Laden" and "laden", nor
            // "De Souza" and "de Souza" (a particle, see AliasResolver): a lower-case first letter makes another word.
            return Character.isUpperCase(a.charAt(0)) && Character.isUpperCase(b.charAt(0));
        }
        // Variants have words of equal lengths but for one vowel: most pairs stop here.
        if (Math.abs(normalA.length() - normalB.length()) > 1) {
            return false;
        }
        String[] wordsA = normalA.split(" ");
        String[] wordsB = normalB.split(" ");
        if (wordsA.length != wordsB.length) {
            return false;
        }
        for (int i = 0; i < wordsA.length; i++) {
            if (!wordsA[i].equals(wordsB[i]) && !differInOneInnerVowel(wordsA[i], wordsB[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean differInOneInnerVowel(String a, String b) {
        if (Math.abs(a.length() - b.length()) == 1) {
            return a.length() > b.length() ? oneInnerVowelMore(a, b) : oneInnerVowelMore(b, a);
        }
        if (a.length() != b.length() || a.length() < MIN_WORD_LENGTH) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                boolean inner = i < a.length() - 1;
                if (++differences > 1 || !inner || !isVowel(a.charAt(i)) || !isVowel(b.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when {@code longer} is {@code shorter} with one vowel inserted inside it. */
    private static boolean oneInnerVowelMore(String longer, String shorter) {
        if (shorter.length() < MIN_WORD_LENGTH) {
            return false;
        }
        for (int i = 1; i < longer.length() - 1; i++) {
            if (isVowel(longer.charAt(i)) && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * {@code name} without accents and other combining marks: "Erdoğan" → "Erdogan", and with the
     * letters that are no letter plus a mark written plain: "Jarosław" → "Jaroslaw".
     */
    static String withoutAccents(String name) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ı', 'i');
    }

    /**
     * The name compared: plain letters, lower case, no apostrophes, no leading "the" ("The Times",
     * "Times"), no hyphen between a letter and a digit ("G-7", "G7"), "Mt." written "mount" ("Mt.
     * Hood", "Mount Hood").
     */
    private static String normalise(String name) {
        String plain = withoutAccents(name).toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        plain = LETTER_DIGIT_HYPHEN.matcher(LEADING_THE.matcher(plain).replaceFirst("")).replaceAll("$1$2");
        return LEADING_ABBREVIATION.matcher(plain).replaceFirst(m -> EXPANSIONS.get(m.group(1)) + " ");
    }
}
