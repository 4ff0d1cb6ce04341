package io.newslens.entities;

import io.newslens.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Untypes a person the name finder saw right after a capitalised "The" inside a sentence
 * ("organization The Mustard Seed Kamloops"): the article written with a capital belongs to the
 * name of an organisation or a work, never before a person's name. Left MISC, the run makes no
 * person whose last word would take the place named alone ("in Kamloops") as a surname.
 * Stateless: thread-safe.
 */
final class NamesAfterThe {
    private static final String THE = "The ";

    private NamesAfterThe() {
    }

    /** {@code mentions} of {@code sentence} with such people made MISC, in the same order. */
    static List<Mention> untype(String text, Sentence sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int the = m.start() - THE.length();
            boolean afterThe = the > sentence.start() && text.startsWith(THE, the) && text.charAt(the - 1) == ' ';
            out.add(m.type() == EntityType.PERSON && afterThe ? new Mention(m.text(), EntityType.MISC, m.start(), m.end()) : m);
        }
        return out;
    }
}
