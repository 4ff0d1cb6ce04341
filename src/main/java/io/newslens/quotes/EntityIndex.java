package io.newslens.quotes;

import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Entity mentions of one document ordered by offset, each with the merged entity it belongs to.
 * Immutable.
 */
final class EntityIndex {
    /** One mention and its entity. */
    record Located(Mention mention, Entity entity) {
    }

    private final List<Located> ordered;

    EntityIndex(List<Entity> entities) {
        List<Located> all = new ArrayList<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                all.add(new Located(mention, entity));
            }
        }
        all.sort(Comparator.comparingInt((Located l) -> l.mention().start()));
        this.ordered = List.copyOf(all);
    }

    /** The mention overlapping {@code [start, end)} that starts last, or null. */
    Located at(int start, int end) {
        Located found = null;
        for (Located l : ordered) {
            if (l.mention().start() >= end) {
                break;
            }
            if (l.mention().end() > start) {
                found = l;
            }
        }
        return found;
    }

    /**
     * The last mention of one of {@code types} that ends before {@code offset} and starts at or
     * after {@code notBefore}, skipping mentions inside {@code quoted} text; null if none.
     */
    Located lastBefore(int offset, int notBefore, Set<EntityType> types, List<QuotedText> quoted) {
        return lastBefore(offset, notBefore, types, quoted, m -> true);
    }

    /** As {@link #lastBefore(int, int, Set, List)}, among the mentions {@code wanted} accepts. */
    Located lastBefore(int offset, int notBefore, Set<EntityType> types, List<QuotedText> quoted,
                       Predicate<Mention> wanted) {
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Mention m = ordered.get(i).mention();
            if (m.end() <= offset && m.start() >= notBefore && types.contains(ordered.get(i).entity().type())
                    && !inside(m, quoted) && wanted.test(m)) {
                return ordered.get(i);
            }
            if (m.start() < notBefore) {
                break;
            }
        }
        return null;
    }

    private static boolean inside(Mention m, List<QuotedText> quoted) {
        for (QuotedText q : quoted) {
            if (m.start() >= q.contentStart() && m.end() <= q.contentEnd()) {
                return true;
            }
        }
        return false;
    }
}
