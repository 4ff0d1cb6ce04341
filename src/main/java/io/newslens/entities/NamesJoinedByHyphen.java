package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits two names joined by a hyphen or en dash into a mention of each ("the Biden-Trump debate",
 * "Israel–Gaza talks"), when both are names in their own right: a known place, or a name the
 * document uses for a person, an organisation or a place elsewhere (a person also by surname).
 *
 * <p>Why only then: a hyphen also joins the parts of one name ("Coca-Cola", "Rees-Mogg",
 * "Pan-American"), whose parts are no names alone; and a hyphenated name that is itself a known
 * place stays whole ("Guinea-Bissau"). Stateless apart from the shared gazetteer: thread-safe.
 */
final class NamesJoinedByHyphen {
    private static final Pattern TWO_NAMES = Pattern.compile("(\\p{Lu}\\p{L}+)[-–](\\p{Lu}\\p{L}+)");

    private NamesJoinedByHyphen() {
    }

    /** {@code mentions} with such names made two mentions, in the same order. */
    static List<Mention> split(List<Mention> mentions, Gazetteer gazetteer) {
        Map<String, EntityType> named = namesUsedElsewhere(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Matcher names = TWO_NAMES.matcher(m.text());
            EntityType first = names.matches() ? type(names.group(1), named, gazetteer) : null;
            EntityType second = names.matches() ? type(names.group(2), named, gazetteer) : null;
            if (first != null && second != null && gazetteer.place(m.text()).isEmpty()) {
                out.add(new Mention(names.group(1), first, m.start(), m.start() + names.end(1)));
                out.add(new Mention(names.group(2), second, m.start() + names.start(2), m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Each typed mention's text, and each person's last word, with its type. */
    private static Map<String, EntityType> namesUsedElsewhere(List<Mention> mentions) {
        Map<String, EntityType> named = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                named.putIfAbsent(m.text().substring(m.text().lastIndexOf(' ') + 1), EntityType.PERSON);
            }
            if (m.type() != EntityType.MISC && m.type() != EntityType.NORP) {
                named.putIfAbsent(m.text(), m.type());
            }
        }
        return named;
    }

    /** The type of {@code part} as a name of its own, or null when it is none. */
    private static EntityType type(String part, Map<String, EntityType> named, Gazetteer gazetteer) {
        return gazetteer.place(part).map(Gazetteer.Entry::type).orElse(named.get(part));
    }
}
