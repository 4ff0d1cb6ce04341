package io.newslens.entities;

import java.util.List;

/**
 * Mentions merged into one entity: {@code name} is the canonical (longest, fullest) form,
 * {@code aliases} every distinct surface form, sorted.
 */
public record Entity(String name, EntityType type, List<String> aliases, List<Mention> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public int count() {
        return mentions.size();
    }

    /** True when {@code query} names this entity or one of its aliases (case-insensitive). */
    public boolean matches(String query) {
        if (name.equalsIgnoreCase(query)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(query));
    }
}
