package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a run of name words into typed mentions: strips titles ("Secretary of State"),
 * drops nationality modifiers ("Iraqi Prime Minister Hayder al-Abadi"), splits off leading
 * places ("Baghdad Green Zone"), and types what is left from the gazetteer and name cues.
 *
 * <p>Stateless apart from the shared gazetteer: thread-safe.
 */
final class MentionTyper {
    private final Gazetteer gazetteer;

    MentionTyper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Typed mentions in the tokens {@code [start, end)}.
     *
     * @param next the token right after the run, or null
     */
    List<Mention> mentions(String text, List<Token> tokens, int start, int end, Token next) {
        List<Mention> out = new ArrayList<>();
        split(text, tokens, start, end, next, out);
        return out;
    }

    private void split(String text, List<Token> tokens, int start, int end, Token next, List<Mention> out) {
        if (start >= end) {
            return;
        }
        String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        if (gazetteer.place(name).isPresent() || endsWithCue(tokens, end)) {
            out.add(mention(text, tokens, start, end, next));
            return;
        }
        if (end - start == 1 && isNorp(name) && isModifier(next)) {
            return;
        }
        int[] title = findTitle(tokens, start, end);
        if (title != null) {
            split(text, tokens, start, title[0], tokens.get(title[0]), out);
            if (title[1] < end) {
                out.add(of(text, tokens, title[1], end, EntityType.PERSON));
            }
            return;
        }
        if (end - start > 1 && isNorp(tokens.get(start).text())) {
            split(text, tokens, start + 1, end, next, out);
            return;
        }
        int place = longestPlacePrefix(text, tokens, start, end);
        if (place > start && place < end && type(text, tokens, place, end, next) != EntityType.PERSON) {
            out.add(mention(text, tokens, start, place, tokens.get(place)));
            out.add(mention(text, tokens, place, end, next));
            return;
        }
        out.add(mention(text, tokens, start, end, next));
    }

    private Mention mention(String text, List<Token> tokens, int start, int end, Token next) {
        return of(text, tokens, start, end, type(text, tokens, start, end, next));
    }

    /**
     * True for a nationality or group word used as a modifier ("Iranian-backed", "Iraqi
     * officials"): it describes something else and is not a mention of a group.
     */
    private static boolean isModifier(Token next) {
        if (next == null) {
            return false;
        }
        String pos = next.pos();
        return next.text().equals("-") || pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ")
                || NameChunker.isCapitalisedWord(next);
    }

    private EntityType type(String text, List<Token> tokens, int start, int end, Token next) {
        String name = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        Optional<Gazetteer.Entry> place = gazetteer.place(name);
        if (place.isPresent()) {
            return place.get().type();
        }
        if (end - start == 1 && isNorp(name)) {
            return EntityType.NORP;
        }
        for (int i = start; i < end; i++) {
            if (gazetteer.isOrgCue(tokens.get(i).text())) {
                return EntityType.ORG;
            }
        }
        if (gazetteer.isLocCue(tokens.get(end - 1).text())) {
            return EntityType.LOC;
        }
        if (next != null && gazetteer.isOrgCueNoun(next.text())) {
            return EntityType.ORG;
        }
        if (end - start == 1 && isAcronym(name)) {
            return EntityType.ORG;
        }
        if (end - start >= 2 && allProperNouns(tokens, start, end)) {
            return EntityType.PERSON;
        }
        return EntityType.MISC;
    }

    private boolean endsWithCue(List<Token> tokens, int end) {
        return gazetteer.isOrgCue(tokens.get(end - 1).text());
    }

    private boolean isNorp(String word) {
        return gazetteer.demonymCountry(word).isPresent() || gazetteer.group(word).isPresent();
    }

    /** The first title in the run as {@code [titleStart, titleEnd)}, or null. */
    private int[] findTitle(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            for (List<String> title : gazetteer.titles()) {
                if (matches(tokens, i, end, title)) {
                    return new int[] {i, i + title.size()};
                }
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int at, int end, List<String> words) {
        if (at + words.size() > end) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private int longestPlacePrefix(String text, List<Token> tokens, int start, int end) {
        for (int stop = end - 1; stop > start; stop--) {
            String prefix = text.substring(tokens.get(start).start(), tokens.get(stop - 1).end());
            if (gazetteer.place(prefix).isPresent()) {
                return stop;
            }
        }
        return start;
    }

    private static boolean allProperNouns(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            boolean connector = Character.isLowerCase(t.text().charAt(0)) && !NameChunker.isCapitalisedWord(t);
            if (!t.pos().equals("PROPN") && !connector) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        if (letters.length() < 2 || letters.length() > 6) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Mention of(String text, List<Token> tokens, int start, int end, EntityType type) {
        int from = tokens.get(start).start();
        int to = tokens.get(end - 1).end();
        return new Mention(text.substring(from, to), type, from, to);
    }
}
