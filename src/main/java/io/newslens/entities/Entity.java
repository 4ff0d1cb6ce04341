package io.newslens.entities;

import java.util.List;

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

    /** True when {@code query} names this entity or one of its aliases (case-insensitive). */
    public boolean matches(String query) {
        if (name.equalsIgnoreCase(query)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(query));
    }
}
