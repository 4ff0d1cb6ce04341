package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drops a full stop the tokenizer left on a name ("enter Egypt. All people": a sentence break it
 * missed) when the name without it is a known place or is mentioned without it elsewhere.
 *
 * <p>Why not every final full stop: abbreviations keep theirs ("U.S.", "Corp.", "Calif."), and
 * they are never written without it. Stateless: thread-safe.
 */
final class TrailingPeriods {
    private TrailingPeriods() {
    }

    /** {@code mentions} with such full stops dropped, in the same order. */
    static List<Mention> trim(List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, EntityType> typeByText = new HashMap<>();
        for (Mention m : mentions) {
            if (!m.text().endsWith(".")) {
                typeByText.putIfAbsent(m.text(), m.type());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(trimmed(m, typeByText, gazetteer).orElse(m));
        }
        return out;
    }

    private static Optional<Mention> trimmed(Mention m, Map<String, EntityType> typeByText, Gazetteer gazetteer) {
        String text = m.text();
        if (!text.endsWith(".") || text.indexOf('.') != text.length() - 1 || text.length() < 3) {
            return Optional.empty();
        }
        String name = text.substring(0, text.length() - 1);
        EntityType type = gazetteer.place(name).map(Gazetteer.Entry::type).orElse(typeByText.get(name));
        return type == null ? Optional.empty() : Optional.of(new Mention(name, type, m.start(), m.end() - 1));
    }
}
