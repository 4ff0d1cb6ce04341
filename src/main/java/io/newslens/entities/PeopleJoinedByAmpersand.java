package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits two first names joined by an ampersand ("my heart breaks for Deirdre, Wyatt & Zach")
 * into a mention of each, when the document names one of them alone.
 *
 * <p>Why only then: "&" joins the names of firms ("Marks & Spencer", "Johnson & Johnson"),
 * which the chunker rightly keeps whole; a word of the run used alone as a name elsewhere says
 * it is a person of its own. Stateless: thread-safe.
 */
final class PeopleJoinedByAmpersand {
    private static final Pattern TWO_NAMES = Pattern.compile("(\\p{Lu}\\p{L}+) & (\\p{Lu}\\p{L}+)");

    private PeopleJoinedByAmpersand() {
    }

    /** {@code mentions} with such runs made two mentions, in the same order. */
    static List<Mention> split(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.text()));
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Matcher names = TWO_NAMES.matcher(m.text());
            if (m.type() == EntityType.PERSON && names.matches() && (named.contains(names.group(1)) || named.contains(names.group(2)))) {
                out.add(new Mention(names.group(1), EntityType.PERSON, m.start(), m.start() + names.end(1)));
                out.add(new Mention(names.group(2), EntityType.PERSON, m.start() + names.start(2), m.end()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
