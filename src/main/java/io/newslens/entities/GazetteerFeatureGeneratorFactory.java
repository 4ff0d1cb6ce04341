package io.newslens.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Feature XML factory for {@link GazetteerFeatureGenerator} over the shipped {@link Gazetteer}:
 * {@code <str name="classes">place,demonym,group,orgcue,title</str>} picks the lists (a place's
 * kind is its listed kind, {@code country}, {@code city}...; the others are their class name).
 *
 * <p>Why the gazetteer comes from the classpath and not from the model: the lists are in the
 * jar anyway. The price: a model trained with this feature must be retrained when the lists
 * change, or its features drift from what it learnt.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    static final Set<String> CLASSES = Set.of("place", "demonym", "group", "orgcue", "title");

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        List<String> classes = List.of(getStr("classes").split(","));
        if (!CLASSES.containsAll(classes)) {
            throw new InvalidFormatException("classes must be among " + CLASSES + ": " + classes);
        }
        return new GazetteerFeatureGenerator(kinds(Gazetteer.shared(), classes));
    }

    /** Phrase → kind for {@code classes}, the earlier class winning when a phrase is in two. */
    static Map<String, String> kinds(Gazetteer gazetteer, List<String> classes) {
        Map<String, String> kinds = new HashMap<>();
        for (String c : classes) {
            switch (c) {
                case "place" -> gazetteer.places().forEach((name, entry) -> kinds.putIfAbsent(name, entry.kind()));
                case "demonym" -> gazetteer.demonyms().forEach(p -> kinds.putIfAbsent(p, c));
                case "group" -> gazetteer.groups().forEach(p -> kinds.putIfAbsent(p, c));
                case "orgcue" -> gazetteer.orgCues().forEach(p -> kinds.putIfAbsent(p, c));
                case "title" -> gazetteer.titles().forEach(t -> kinds.putIfAbsent(String.join(" ", t), c));
                default -> throw new IllegalArgumentException("unknown class " + c);
            }
        }
        return kinds;
    }
}
