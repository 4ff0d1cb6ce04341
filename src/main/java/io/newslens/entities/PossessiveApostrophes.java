package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops the apostrophe of a possessive the tokenizer left on a name ending in "s" ("Sebelius'
 * views", "Jones’ car"), and gives the name the type it has elsewhere in the document. Why: the
 * name with its apostrophe is another string, so it was counted apart and untyped. Stateless:
 * thread-safe.
 */
final class PossessiveApostrophes {
    private PossessiveApostrophes() {
    }

    /** {@code mentions} with such apostrophes dropped, in the same order. */
    static List<Mention> trim(List<Mention> mentions) {
        Map<String, EntityType> typeByText = new HashMap<>();
        mentions.forEach(m -> typeByText.putIfAbsent(m.text(), m.type()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String text = m.text();
            boolean possessive = text.length() > 2 && (text.endsWith("s'") || text.endsWith("s’"));
            if (possessive) {
                String name = text.substring(0, text.length() - 1);
                out.add(new Mention(name, typeByText.getOrDefault(name, m.type()), m.start(), m.end() - 1));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
