package io.newslens.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a known place glued before a person's full name ("leader of Zimbabwe Robert Mugabe
 * dies", "Senator of Vermont Bernie Sanders") into a mention of the place and one of the person,
 * when the document names the person in full without the place.
 *
 * <p>Why after the whole document is read: the chunker sees one run of capitalised words and
 * cannot tell where the place ends; the person named alone elsewhere says so. Without the split
 * the place is no mention at all. Stateless: thread-safe.
 */
final class PlacesGluedToNames {
    private PlacesGluedToNames() {
    }

    /** {@code mentions} with such runs made two mentions, in the same order. */
    static List<Mention> split(List<Mention> mentions, Gazetteer gazetteer) {
        Set<String> people = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ")) {
                people.add(m.text());
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.addAll(m.type() == EntityType.PERSON ? split(m, people, gazetteer) : List.of(m));
        }
        return out;
    }

    /** The place and the person of {@code m}, longest place first; {@code m} alone when it is no such run. */
    private static List<Mention> split(Mention m, Set<String> people, Gazetteer gazetteer) {
        String[] words = m.text().split(" ");
        for (int n = words.length - 2; n > 0; n--) {
            String place = String.join(" ", List.of(words).subList(0, n));
            String person = String.join(" ", List.of(words).subList(n, words.length));
            int personStart = m.text().lastIndexOf(person);
            if (people.contains(person) && personStart > place.length()) {
                EntityType type = gazetteer.place(place).map(Gazetteer.Entry::type).orElse(null);
                if (type != null) {
                    return List.of(new Mention(place, type, m.start(), m.start() + place.length()),
                            new Mention(person, EntityType.PERSON, m.start() + personStart, m.end()));
                }
            }
        }
        return List.of(m);
    }
}
