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
    private static final int CONTEXT = 4;

    private final NameFinderME finder;

    NameFinderTyper(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** The mentions of one sentence, MISC ones retyped where the model knows better. */
    List<Mention> retype(List<Token> sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean retype = m.type() == EntityType.MISC && !MentionTyper.isDecidedMisc(m.text());
            EntityType type = retype ? modelType(sentence, m) : m.type();
            out.add(type == m.type() ? m : new Mention(m.text(), type, m.start(), m.end()));
        }
        return out;
    }

    /**
     * The model's type for a mention, tagging only a window of {@value #CONTEXT} tokens on each
     * side of it. Why a window: tagging whole sentences made the name finder a third of the
     * entities command's time, and its features look only one or two tokens around a word.
     */
    private EntityType modelType(List<Token> sentence, Mention m) {
        int first = 0;
        while (first < sentence.size() && sentence.get(first).end() <= m.start()) {
            first++;
        }
        int last = first;
        while (last < sentence.size() && sentence.get(last).start() < m.end()) {
            last++;
        }
        List<Token> window = sentence.subList(Math.max(0, first - CONTEXT), Math.min(sentence.size(), last + CONTEXT));
        String[] words = window.stream().map(Token::text).toArray(String[]::new);
        for (Span name : finder.find(words)) {
            int start = window.get(name.getStart()).start();
            int end = window.get(name.getEnd() - 1).end();
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

    /** Forgets names seen so far: documents are independent. */
    void clear() {
        finder.clearAdaptiveData();
    }
}
