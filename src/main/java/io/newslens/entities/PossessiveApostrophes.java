package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops an apostrophe the tokenizer left on a name: the possessive's on a name ending in "s"
 * ("Sebelius' views", "Jones’ car", "ISIS' reemergence"), and the closing quotation mark of a
 * name quoted in single marks ("the name 'Alan Kurdi' shall"). The name takes the type it has
 * elsewhere in the document. Why: the name with its apostrophe is another string, so it was
 * counted apart and untyped. Stateless: thread-safe.
 */
final class PossessiveApostrophes {
    private PossessiveApostrophes() {
    }

    /** {@code mentions} of {@code text} with such apostrophes dropped, in the same order. */
    static List<Mention> trim(String text, List<Mention> mentions) {
        Map<String, EntityType> typeByText = new HashMap<>();
        mentions.forEach(m -> typeByText.putIfAbsent(m.text(), m.type()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String name = m.text();
            boolean endsInApostrophe = name.length() > 2 && isApostrophe(name.charAt(name.length() - 1));
            char beforeApostrophe = name.charAt(Math.max(0, name.length() - 2));
            boolean possessive = endsInApostrophe && (beforeApostrophe == 's' || beforeApostrophe == 'S');
            boolean quoted = endsInApostrophe && m.start() > 0 && isApostrophe(text.charAt(m.start() - 1));
            if (possessive || quoted) {
                String trimmed = name.substring(0, name.length() - 1);
                out.add(new Mention(trimmed, typeByText.getOrDefault(trimmed, m.type()), m.start(), m.end() - 1));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** {@code word} without an apostrophe at its end ("Philippines'" → "Philippines"). */
    static String withoutApostrophe(String word) {
        return word.length() > 1 && isApostrophe(word.charAt(word.length() - 1)) ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }
}
