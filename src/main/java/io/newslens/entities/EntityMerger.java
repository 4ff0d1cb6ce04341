package io.newslens.entities;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Merges mentions into entities by their aliases ({@link AliasResolver}) and gives every
 * entity one type: the most frequent specific type of its mentions, MISC only when no
 * mention has another (so "Fatah" typed ORG once is ORG everywhere in the article), PERSON
 * for a person named in full and by surname, LOC for a place named in full with its place word.
 *
 * <p>Entities come out most-mentioned first, ties by first mention. Thread-safe.
 */
public final class EntityMerger implements Annotator {
    private final Gazetteer gazetteer;

    public EntityMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public void annotate(Analysis analysis) {
        List<Mention> mentions = analysis.mentions();
        AliasResolver aliases = new AliasResolver(analysis.text(), mentions, gazetteer);
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(aliases.resolve(m), k -> new ArrayList<>()).add(m);
        }
        List<Entity> entities = new ArrayList<>();
        byKey.forEach((key, group) -> entities.add(entity(key, group, entityType(key, group))));
        entities.sort(Comparator.comparingInt(Entity::count).reversed()
                .thenComparingInt(e -> e.mentions().get(0).start()));
        analysis.setEntities(entities);
    }

    private static Entity entity(String key, List<Mention> group, EntityType type) {
        TreeSet<String> aliases = new TreeSet<>();
        List<Mention> typed = new ArrayList<>(group.size());
        for (Mention m : group) {
            aliases.add(m.text());
            typed.add(new Mention(m.text(), type, m.start(), m.end()));
        }
        return new Entity(key, type, new ArrayList<>(aliases), typed);
    }

    /**
     * PERSON for a person named in full and also by surname alone (or with "Administration",
     * "the Bush Administration"); a known place typed a place once is a place; a curated
     * organisation ("Federal Reserve") is one; a name led by "Mount" or "Port" a place; else the
     * majority type. Why:
     * the surname merge rests on the full name being a person ("Kirsten Gillibrand"), so
     * "Gillibrand" is one even where the name finder took it for a place, however often.
     */
    private EntityType entityType(String key, List<Mention> group) {
        if (isPlaceNamedInFull(key, group)) {
            return EntityType.LOC;
        }
        if (MentionTyper.isShipName(key)) {
            return EntityType.MISC; // "Namse Bangdzod" after "MV Namse Bangdzod" is the ship, whatever the name finder took it for
        }
        if (isNamedInFullWith(key, group, word -> gazetteer.isOrgCue(word) || gazetteer.isCompanyForm(word), EntityType.ORG)
                || isOrganisationNamedInFull(key, group) || gazetteer.organisation(key).isPresent()) {
            return EntityType.ORG; // "the Watch Tower" after "Watch Tower Society", "Zogby" after "Zogby International"
        }
        List<Mention> asPlace = group.stream().filter(m -> m.type() == EntityType.GPE || m.type() == EntityType.LOC).toList();
        if (!asPlace.isEmpty() && gazetteer.place(key).isPresent()) {
            return majorityType(asPlace); // "Pakistan" with "Northwestern Pakistan", which the name finder took for a person
        }
        String firstWord = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : "";
        EntityType placeByFirstWord = AliasResolver.PLACE_FIRST_WORDS.get(firstWord);
        if (placeByFirstWord != null && group.stream().noneMatch(m -> m.type() == EntityType.ORG)) {
            return placeByFirstWord; // "Mount Hood", "Port Melbourne": the name finder takes them for people
        }
        boolean personNamedInFull = group.stream().anyMatch(m -> m.text().equals(key) && m.type() == EntityType.PERSON);
        boolean surnameAlone = group.stream().anyMatch(m -> (!m.text().contains(" ")
                && (key.endsWith(m.text()) || AliasResolver.surname(key).equals(m.text())))
                || AliasResolver.isAdministrationOf(m.text(), key));
        return key.contains(" ") && personNamedInFull && surnameAlone ? EntityType.PERSON : majorityType(group);
    }

    /**
     * True for a place named in full with its place word ("Abaco Islands", "Persian Gulf"): the
     * short forms merged with it ("Abaco") are that place, whatever the name finder took them for.
     */
    private boolean isPlaceNamedInFull(String key, List<Mention> group) {
        return isNamedInFullWith(key, group, gazetteer::isLocCue, EntityType.LOC);
    }

    /**
     * True for an organisation's name by its words ("Supreme Court of Justice": an organisation
     * word before "of") that is a mention typed ORG: the second names merged with it ("Oberster
     * Gerichtshof") are that organisation, whatever the name finder took them for.
     */
    private boolean isOrganisationNamedInFull(String key, List<Mention> group) {
        return key.contains(" ") && gazetteer.isOrganisationName(List.of(key.split(" ")))
                && group.stream().anyMatch(m -> m.text().equals(key) && m.type() == EntityType.ORG);
    }

    /** True when {@code key} has two or more words, the last a {@code cue}, and is a mention typed {@code type}. */
    private static boolean isNamedInFullWith(String key, List<Mention> group, Predicate<String> cue, EntityType type) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return key.contains(" ") && cue.test(last) && group.stream().anyMatch(m -> m.text().equals(key) && m.type() == type);
    }

    private static EntityType majorityType(List<Mention> group) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Mention m : group) {
            if (m.type() != EntityType.MISC) {
                votes.merge(m.type(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(EntityType.MISC);
    }
}
