package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Gives a type to mentions the rules could only call MISC, from the trained name finder
 * ({@code ner-en.bin}): a MISC mention that overlaps a person, organisation or location the
 * model finds in the same sentence takes that type.
 *
 * <p>Why only MISC: the rules' gazetteer and cue types measured better than the model's on
 * the seed and the samples; the model helps where the rules have no evidence ("Okafor said",
 * "Sairoon"). Not thread-safe (one {@link NameFinderME}): one per worker, as every annotator.
 */
final class NameFinderTyper {
    private final NameFinderME finder;

    NameFinderTyper(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** The mentions of one sentence, MISC ones retyped where the model knows better. */
    List<Mention> retype(List<Token> sentence, List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.type() == EntityType.MISC)) {
            return mentions;
        }
        String[] words = sentence.stream().map(Token::text).toArray(String[]::new);
        Span[] names = finder.find(words);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            EntityType type = m.type() == EntityType.MISC ? modelType(sentence, names, m) : m.type();
            out.add(type == m.type() ? m : new Mention(m.text(), type, m.start(), m.end()));
        }
        return out;
    }

    /** Forgets names seen so far: documents are independent. */
    void clear() {
        finder.clearAdaptiveData();
    }

    private static EntityType modelType(List<Token> sentence, Span[] names, Mention m) {
        for (Span name : names) {
            int start = sentence.get(name.getStart()).start();
            int end = sentence.get(name.getEnd() - 1).end();
            if (start < m.end() && m.start() < end) {
                return switch (name.getType()) {
                    case "person" -> EntityType.PERSON;
                    case "organization" -> EntityType.ORG;
                    case "location" -> EntityType.GPE;
                    default -> EntityType.MISC;
                };
            }
        }
        return EntityType.MISC;
    }
}
