package io.newslens.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.newslens.entities.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores merged entity counts against hand-made gold ({@code samples/gold/*.gold.json} format):
 * the share of gold entities whose count is exactly right, summed over documents.
 *
 * <p>An entity matches a gold entity when its name or one of its aliases equals (ignoring case)
 * the gold name or one of the gold aliases; the largest count among the matches is taken, and
 * no match counts 0.
 */
public final class EntityCountScore {
    private int total;
    private int exact;
    private final List<String> misses = new ArrayList<>();

    /** Scores the entities found in document {@code name} against its gold {@code goldDocument}. */
    public void add(String name, List<Entity> found, JsonNode goldDocument) {
        for (JsonNode g : goldDocument.path("entities")) {
            List<String> keys = new ArrayList<>();
            keys.add(lower(g.get("name").asText()));
            g.path("aliases").forEach(a -> keys.add(lower(a.asText())));
            int count = found.stream()
                    .filter(e -> keys.contains(lower(e.name())) || e.aliases().stream().anyMatch(a -> keys.contains(lower(a))))
                    .mapToInt(Entity::count).max().orElse(0);
            int want = g.get("count").asInt();
            total++;
            if (count == want) {
                exact++;
            } else {
                misses.add(name + " " + g.get("name").asText() + ": " + count + " (gold " + want + ")");
            }
        }
    }

    public int total() {
        return total;
    }

    public int exact() {
        return exact;
    }

    /** Exact / total; 0 with no gold entities. */
    public double accuracy() {
        return total == 0 ? 0 : (double) exact / total;
    }

    /** One line per gold entity with the wrong count: document, gold name, found and gold count. */
    public List<String> misses() {
        return List.copyOf(misses);
    }

    /** Prints the share and every miss, so a test run shows what went wrong, not only the figure. */
    public void print(String label) {
        System.out.printf(Locale.ROOT, "%s entity count accuracy: %d/%d = %.3f%n", label, exact, total, accuracy());
        misses.forEach(m -> System.out.println("  miss " + m));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
