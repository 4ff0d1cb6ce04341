package io.newslens.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Entities merged across documents ({@code entities --corpus}): by canonical name and type,
 * counts summed, aliases united. Keeps no mentions, so memory grows with the number of
 * distinct entities, not of documents. Thread-safe.
 */
public final class CorpusEntities {
    private record Key(String name, EntityType type) {
    }

    private static final class Tally {
        final TreeSet<String> aliases = new TreeSet<>();
        int count;
    }

    private final Map<Key, Tally> tallies = new HashMap<>();

    public synchronized void add(List<Entity> entities) {
        for (Entity e : entities) {
            Tally tally = tallies.computeIfAbsent(new Key(e.name(), e.type()), k -> new Tally());
            tally.count += e.count();
            tally.aliases.addAll(e.aliases());
        }
    }

    /** The merged entities, most-mentioned first, then by name. */
    public synchronized List<Entity> entities() {
        List<Entity> out = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> out.add(
                new Entity(key.name(), key.type(), new ArrayList<>(tally.aliases), List.of(), tally.count)));
        out.sort(Comparator.comparingInt(Entity::count).reversed().thenComparing(Entity::name));
        return out;
    }
}
