package io.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Re-splits the tokens of the English UD tokenizer where news needs it.
 *
 * <p>Why: the UD tokenizer keeps "Iran’s", "IRGC-backed" and "U.S.-led" whole (and emits
 * "Iranian-" before "backed"), so the name inside could not be counted. This splits off a
 * possessive {@code 's}/{@code ’s}, and a hyphen after a capitalised prefix when a lower-case
 * word follows ("IRGC-backed" → "IRGC" "-" "backed"), and the hyphen the tokenizer leaves on the
 * second part of a hyphenated name ("Gallego" "-Lazo" → "Gallego" "-" "Lazo"), and a dash glued
 * to the name that opens a caption ("—Zinichev calling ..." → "—" "Zinichev"), while "U.S."
 * stays whole and "al-Abadi", the "v." of "Roe v. Wade", an abbreviated title before a name
 * ("Sgt. Shawn Gibson") and a hyphenated given name ("Kim Jong-il"), which the tokenizer splits,
 * are joined again. A bracket glued to a word ("ECJ)") and a dash between two words
 * ("Libya–Turkey") are split off.
 */
final class TokenSplitter {
    /** A hyphen, en dash or em dash, split off the capitalised word it is glued to ("—Zinichev", "-Lazo"). */
    private static final String DASHES = "-–—";
    private static final Set<String> PARTICLES = Set.of("al", "el", "as", "ash", "ad", "an", "bin", "ibn", "abu");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{0,5}(?:-\\p{Ll}{1,4})+");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Short second words of English compounds after a name: "Saudi-led", "Assad-run", "Trump-era". */
    private static final Set<String> COMPOUND_SUFFIXES = Set.of("led", "run", "made", "born", "held", "era", "type",
            "like", "free", "wide", "long", "bred", "fed", "hit", "tied", "only", "size", "ish", "area", "zone", "side",
            "end", "day", "year", "age", "war", "set", "based", "owned");
    /** Abbreviated titles and place words written before a name with a full stop ("Sgt. Shawn Gibson", "Mt. Hood"). */
    static final Set<String> ABBREVIATIONS_BEFORE_NAMES = Set.of("St", "Ste", "Mt", "Ft", "Pt", "Mr", "Mrs", "Ms", "Dr",
            "Prof", "Rev", "Fr", "Msgr", "Sgt", "Cpl", "Pvt", "Spc", "Capt", "Lt", "Col", "Maj", "Gen", "Brig", "Adm",
            "Cmdr", "Gov", "Sen", "Rep", "Pres", "Supt", "Insp", "Det", "Atty", "Hon");

    private TokenSplitter() {
    }

    /** Returns the corrected spans of {@code tokens}, offsets into {@code text}. */
    static List<Span> split(String text, Span[] tokens) {
        List<Span> out = new ArrayList<>(tokens.length + 8);
        for (Span token : tokens) {
            splitOne(text, token.getStart(), token.getEnd(), out);
        }
        return joinGivenNames(text, joinAbbreviations(text, joinArabicParticles(text, out)));
    }

    /**
     * Joins "v" "." back into "v.", the "versus" of a court case ("Roe v. Wade"), and an
     * abbreviated title or place word and its full stop when a capitalised word follows ("Sgt"
     * "." "Shawn" → "Sgt." "Shawn"), as the tokenizer keeps "Capt." whole.
     */
    private static List<Span> joinAbbreviations(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (i + 1 < spans.size() && spans.get(i + 1).getStart() == s.getEnd() && spans.get(i + 1).length() == 1
                    && text.charAt(s.getEnd()) == '.' && (s.getStart() == 0 || text.charAt(s.getStart() - 1) == ' ')
                    && (isVersus(text, s) || isAbbreviationBeforeName(text, s, spans, i))) {
                out.add(new Span(s.getStart(), s.getEnd() + 1));
                i++;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isVersus(String text, Span s) {
        return s.length() == 1 && text.charAt(s.getStart()) == 'v';
    }

    private static boolean isAbbreviationBeforeName(String text, Span s, List<Span> spans, int i) {
        return i + 2 < spans.size() && ABBREVIATIONS_BEFORE_NAMES.contains(s.getCoveredText(text).toString())
                && Character.isUpperCase(text.charAt(spans.get(i + 2).getStart()));
    }

    /** Joins "al" "-" "Abadi" back into "al-Abadi": the particle is part of the surname. */
    private static List<Span> joinArabicParticles(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            if (i + 2 < spans.size() && PARTICLES.contains(s.getCoveredText(text).toString())
                    && spans.get(i + 1).getStart() == s.getEnd() && text.charAt(s.getEnd()) == '-'
                    && spans.get(i + 2).getStart() == s.getEnd() + 1
                    && Character.isUpperCase(text.charAt(s.getEnd() + 1))) {
                out.add(new Span(s.getStart(), spans.get(i + 2).getEnd()));
                i += 2;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static void splitOne(String text, int start, int end, List<Span> out) {
        int possessive = possessiveStart(text, start, end);
        if (possessive > start) {
            splitOne(text, start, possessive, out);
            out.add(new Span(possessive, end));
            return;
        }
        int dash = innerDash(text, start, end);
        if (dash > start) {
            splitOne(text, start, dash, out);
            out.add(new Span(dash, dash + 1));
            splitOne(text, dash + 1, end, out);
            return;
        }
        int bracket = gluedBracket(text, start, end);
        if (bracket >= 0) {
            if (bracket == start) {
                out.add(new Span(start, start + 1));
                splitOne(text, start + 1, end, out);
            } else {
                splitOne(text, start, bracket, out);
                out.add(new Span(bracket, end));
            }
            return;
        }
        if (end - start > 1 && DASHES.indexOf(text.charAt(start)) >= 0 && Character.isUpperCase(text.charAt(start + 1))) {
            out.add(new Span(start, start + 1));
            splitOne(text, start + 1, end, out);
            return;
        }
        int hyphen = compoundHyphen(text, start, end);
        if (hyphen > start) {
            out.add(new Span(start, hyphen));
            out.add(new Span(hyphen, hyphen + 1));
            if (hyphen + 1 < end) {
                splitOne(text, hyphen + 1, end, out);
            }
            return;
        }
        out.add(new Span(start, end));
    }

    /**
     * The offset of an en or em dash between two words of one token ("Libya–Turkey relations",
     * "Barclays—Gary Hoffman"), -1 when there is none. Why: the tokenizer keeps such a token
     * whole, and the name chunker then sees no name in it; split, it judges an en dash as it does
     * a hyphen, and an em dash as punctuation (so a Canadian riding, "Parkdale—High Park", is cut).
     */
    private static int innerDash(String text, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (text.charAt(i) == '–' || text.charAt(i) == '—') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The offset of a bracket the tokenizer left glued to a word ("ECJ)" after "(", "(ECJ"), at
     * the token's start or end, when the token holds no bracket of the other side ("(s)" stays
     * whole); -1 when there is none.
     */
    private static int gluedBracket(String text, int start, int end) {
        if (end - start < 2) {
            return -1;
        }
        String token = text.substring(start, end);
        char last = token.charAt(token.length() - 1);
        if ((last == ')' && token.indexOf('(') < 0) || (last == ']' && token.indexOf('[') < 0)) {
            return end - 1;
        }
        char first = token.charAt(0);
        if ((first == '(' && token.indexOf(')') < 0) || (first == '[' && token.indexOf(']') < 0)) {
            return start;
        }
        return -1;
    }

    /** Start of a trailing 's / ’s after at least one letter, or -1. */
    private static int possessiveStart(String text, int start, int end) {
        if (end - start < 3) {
            return -1;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        boolean isPossessive = (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '’');
        return isPossessive && Character.isLetter(text.charAt(end - 3)) ? end - 2 : -1;
    }

    /**
     * Joins "Jong" "-" "il" back into "Jong-il" after "Kim", and "Chan" "-" "o-cha" after
     * "Prayuth": a capitalised syllable and short lower-case ones joined by hyphens, right after a
     * capitalised word or in three parts ("against Chan-o-cha"), are one name, which English
     * compounds with a hyphen are not ("a Saudi-led", "the Assad-run"; their short words are
     * listed too).
     */
    private static List<Span> joinGivenNames(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            boolean continues = i + 3 < spans.size() && spans.get(i + 3).getStart() == spans.get(i + 2).getEnd()
                    && text.charAt(spans.get(i + 3).getStart()) == '-'; // "Pech-de-Bugarach"
            if (i > 0 && i + 2 < spans.size() && !continues
                    && isGivenName(text, spans.get(i - 1), s, spans.get(i + 1), spans.get(i + 2))) {
                out.add(new Span(s.getStart(), spans.get(i + 2).getEnd()));
                i += 2;
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isGivenName(String text, Span previous, Span first, Span hyphen, Span rest) {
        boolean glued = hyphen.getStart() == first.getEnd() && rest.getStart() == hyphen.getEnd()
                && text.charAt(first.getEnd()) == '-';
        String name = text.substring(first.getStart(), rest.getEnd());
        if (!glued || !HYPHENATED_GIVEN_NAME.matcher(name).matches()) {
            return false;
        }
        boolean afterName = previous.getEnd() + 1 == first.getStart()
                && CAPITALISED_WORD.matcher(previous.getCoveredText(text)).matches();
        boolean threeParts = rest.getCoveredText(text).toString().contains("-"); // "against Chan-o-cha"
        return (afterName || threeParts) && !COMPOUND_SUFFIXES.contains(rest.getCoveredText(text).toString());
    }

    /**
     * The first hyphen that follows a capitalised prefix ("IRGC-", "U.S.-", "Iranian-") and
     * precedes a lower-case word or ends the token; -1 when there is none.
     */
    private static int compoundHyphen(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        for (int i = start + 1; i < end; i++) {
            if (text.charAt(i) != '-') {
                continue;
            }
            boolean last = i == end - 1;
            if (last || Character.isLowerCase(text.charAt(i + 1))) {
                return i;
            }
            return -1;
        }
        return -1;
    }
}
