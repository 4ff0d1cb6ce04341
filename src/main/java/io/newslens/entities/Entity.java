package io.newslens.entities;

import java.util.List;
import java.util.Locale;

/**
 * Mentions merged into one entity: {@code name} is the canonical (longest, fullest) form,
 * {@code aliases} every distinct surface form, sorted.
 *
 * @param mentions the mentions in one document; empty for an entity merged across a corpus
 * @param count    how often it is mentioned: the number of mentions in one document
 */
public record Entity(String name, EntityType type, List<String> aliases, List<Mention> mentions, int count) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** An entity of one document, counted by its mentions. */
    public Entity(String name, EntityType type, List<String> aliases, List<Mention> mentions) {
        this(name, type, aliases, mentions, mentions.size());
    }

    /**
     * True when {@code query} names this entity: its name or an alias, or whole words of one
     * ("pompeo" names Mike Pompeo), ignoring case.
     */
    public boolean matches(String query) {
        return containsWords(name, query) || aliases.stream().anyMatch(a -> containsWords(a, query));
    }

    /** True when {@code words} occur in {@code phrase} as whole words, ignoring case. */
    public static boolean containsWords(String phrase, String words) {
        String p = phrase.toLowerCase(Locale.ROOT);
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return false;
        }
        for (int at = p.indexOf(w); at >= 0; at = p.indexOf(w, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(p.charAt(at - 1));
            int end = at + w.length();
            boolean endsWord = end == p.length() || !Character.isLetterOrDigit(p.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
