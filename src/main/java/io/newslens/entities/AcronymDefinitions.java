package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds acronym definitions, "long form (ACRONYM)", whose long form the name runs cut into
 * pieces ("Organization for Security and Co-operation in Europe (OSCE)", "Securities and
 * Exchange Commission (SEC)"), and puts one mention of the whole long form in place of the
 * pieces, so that {@link AliasResolver} merges it with the acronym.
 *
 * <p>Why from the words before the bracket and not from the mentions: "for", "and", "in" are
 * no name connectors (they would join "Iran and Iraq"), so only the acronym's letters say
 * where such a name starts. The long form is the shortest run of words before the bracket
 * whose capitalised words (and capitalised parts of hyphenated words) give the acronym's
 * letters, with only minor words between them, which may give a letter too, and commas
 * ("United Nations Educational, Scientific and Cultural Organization (UNESCO)"). Stateless:
 * thread-safe.
 */
final class AcronymDefinitions {
    private static final Set<String> MINOR_WORDS = Set.of("of", "for", "and", "in", "on", "the", "to", "at",
            "from", "with", "by", "against", "de", "du", "des", "la", "le", "&", "-", ",");
    private static final int MAX_WORDS = 12;

    private final Gazetteer gazetteer;

    AcronymDefinitions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The mentions of one sentence with every defined long form made one mention, written
     * before the acronym ("Notes from Poland (NFP)") or after it ("ISIS (Islamic State of Iraq
     * and Syria)").
     */
    List<Mention> apply(String text, List<Token> sentence, List<Mention> mentions) {
        List<Mention> out = mentions;
        for (int i = 1; i + 2 < sentence.size(); i++) {
            if (isDefinition(sentence, i)) {
                int first = longFormStart(sentence, i, letters(sentence.get(i + 1).text()));
                if (first >= 0) {
                    out = replace(text, out, sentence, first, i);
                }
            }
            int close = bracketedLongFormEnd(sentence, i);
            if (close > 0) {
                out = replace(text, out, sentence, i + 1, close);
            }
        }
        return out;
    }

    /**
     * The index of the ")" closing a long form written after its acronym, "ACRONYM (Long
     * Form)", with the acronym at {@code open - 1} and "(" at {@code open}; -1 when there is none.
     */
    private static int bracketedLongFormEnd(List<Token> sentence, int open) {
        if (!sentence.get(open).text().equals("(") || !MentionTyper.isAcronym(sentence.get(open - 1).text())) {
            return -1;
        }
        for (int close = open + 2; close < sentence.size() && close - open <= MAX_WORDS; close++) {
            if (sentence.get(close).text().equals(")")) {
                String acronym = letters(sentence.get(open - 1).text());
                // One last capitalised word may give no letter: "NIWA (National Institute of Water and
                // Atmospheric Research)", as the bracket closes the long form wherever its letters end.
                boolean lastWordExtra = close - 1 > open + 1 && NameChunker.isCapitalisedWord(sentence.get(close - 1))
                        && longFormStart(sentence, close - 1, acronym) == open + 1;
                return longFormStart(sentence, close, acronym) == open + 1 || lastWordExtra ? close : -1;
            }
        }
        return -1;
    }

    private static boolean isDefinition(List<Token> sentence, int open) {
        return sentence.get(open).text().equals("(") && MentionTyper.isAcronym(sentence.get(open + 1).text())
                && sentence.get(open + 2).text().equals(")");
    }

    private static String letters(String acronym) {
        return acronym.replace(".", "");
    }

    /** The first token of the long form ending before {@code open}, or -1 when there is none. */
    private static int longFormStart(List<Token> sentence, int open, String acronym) {
        return startGiving(sentence, open - 1, acronym, acronym.length(), open);
    }

    /**
     * The first token of a long form ending at token {@code j} whose words give the first
     * {@code letters} letters of the acronym, or -1. A minor word is skipped if the letters can
     * be had without it, and gives its letter otherwise ("from" in "Notes from Poland (NFP)",
     * "of" in "Voice of America (VOA)"); the long form never starts with one.
     */
    private static int startGiving(List<Token> sentence, int j, String acronym, int letters, int open) {
        if (j < 0 || open - j > MAX_WORDS) {
            return -1;
        }
        String word = sentence.get(j).text();
        char letter = acronym.charAt(letters - 1);
        if (MINOR_WORDS.contains(word) || isLowerCasePartOfCompound(sentence, j)) {
            int skipped = startGiving(sentence, j - 1, acronym, letters, open);
            if (skipped >= 0 || letters == 1 || Character.toUpperCase(word.charAt(0)) != letter) {
                return skipped;
            }
            return startGiving(sentence, j - 1, acronym, letters - 1, open);
        }
        if (!NameChunker.isCapitalisedWord(sentence.get(j)) || word.charAt(0) != letter) {
            return -1;
        }
        return letters == 1 ? j : startGiving(sentence, j - 1, acronym, letters - 1, open);
    }

    /** "operation" in "Co-operation": a lower-case word written right after a hyphen. */
    private static boolean isLowerCasePartOfCompound(List<Token> sentence, int j) {
        if (j == 0 || !sentence.get(j - 1).text().equals("-")) {
            return false;
        }
        return sentence.get(j - 1).end() == sentence.get(j).start()
                && Character.isLowerCase(sentence.get(j).text().charAt(0));
    }

    /**
     * The mentions with those inside tokens {@code [first, end)} replaced by one mention of the
     * whole span; unchanged when a mention crosses the span's edges or one already covers it.
     */
    private List<Mention> replace(String text, List<Mention> mentions, List<Token> sentence, int first, int end) {
        int from = sentence.get(first).start();
        int to = sentence.get(end - 1).end();
        List<Mention> out = new ArrayList<>(mentions.size());
        int inserted = -1;
        for (Mention m : mentions) {
            boolean inside = m.start() >= from && m.end() <= to;
            Optional<Mention> place = leadingPlace(text, m, from, to);
            if (place.isPresent()) {
                out.add(place.get()); // "United States National Institute of Allergy ... (NIAID)": the place stays
                inserted = out.size();
                continue;
            }
            boolean crossing = m.start() < to && m.end() > from && !inside;
            if (crossing || (m.start() == from && m.end() == to)) {
                return mentions;
            }
            if (inside) {
                inserted = inserted < 0 ? out.size() : inserted;
            } else {
                out.add(m);
            }
        }
        if (inserted < 0) {
            return mentions;
        }
        out.add(inserted, new Mention(text.substring(from, to), type(sentence, first, end), from, to));
        return out;
    }

    /** The place a mention starts with when the rest of it begins the long form {@code [from, to)}. */
    private Optional<Mention> leadingPlace(String text, Mention m, int from, int to) {
        if (m.start() >= from || m.end() <= from || m.end() > to) {
            return Optional.empty();
        }
        String before = text.substring(m.start(), from).stripTrailing();
        return gazetteer.place(before).map(p -> new Mention(before, p.type(), m.start(), m.start() + before.length()));
    }

    /** ORG, as for a bare acronym, unless the long form ends with a place word ("... Bay"). */
    private EntityType type(List<Token> sentence, int first, int end) {
        for (int i = first; i < end; i++) {
            if (gazetteer.isOrgCue(sentence.get(i).text())) {
                return EntityType.ORG;
            }
        }
        return gazetteer.isLocCue(sentence.get(end - 1).text()) ? EntityType.LOC : EntityType.ORG;
    }
}
