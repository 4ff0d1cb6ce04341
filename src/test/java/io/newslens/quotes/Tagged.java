package io.newslens.quotes;

import io.newslens.analysis.Analysis;
import io.newslens.entities.Entity;
import io.newslens.entities.EntityType;
import io.newslens.entities.Mention;
import io.newslens.io.Document;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an {@link Analysis} by hand from "word/TAG" text, so the quote rules are tested
 * without models: tokens are joined by single spaces (a token "\n" makes a paragraph break),
 * a sentence ends after ".", "?" or "!" (and a closing quotation mark right after it), and
 * entities are found by their surface forms.
 */
final class Tagged {
    private final StringBuilder text = new StringBuilder();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();

    static Tagged of(String tagged) {
        Tagged t = new Tagged();
        for (String item : tagged.trim().split(" +")) {
            if (item.equals("\\n")) {
                t.text.append("\n\n");
                continue;
            }
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            String pos = item.substring(slash + 1);
            if (!t.text.isEmpty() && t.text.charAt(t.text.length() - 1) != '\n') {
                t.text.append(' ');
            }
            int start = t.text.length();
            t.text.append(word);
            t.tokens.add(new Token(word, start, start + word.length(), pos, word.toLowerCase(Locale.ROOT)));
        }
        return t;
    }

    /** Adds an entity whose mentions are every occurrence of each surface form. */
    Tagged entity(String name, EntityType type, String... surfaces) {
        List<Mention> mentions = new ArrayList<>();
        for (String surface : surfaces) {
            for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
                mentions.add(new Mention(surface, type, i, i + surface.length()));
            }
        }
        entities.add(new Entity(name, type, List.of(surfaces), mentions));
        return this;
    }

    String text() {
        return text.toString();
    }

    Analysis analysis() {
        Analysis a = new Analysis(new Document("test", text.toString()));
        a.setTokens(tokens);
        a.setSentences(sentences());
        a.setEntities(entities);
        return a;
    }

    private List<Sentence> sentences() {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            boolean closingQuote = i + 1 < tokens.size() && tokens.get(i + 1).text().equals("”");
            boolean lineBreak = i + 1 < tokens.size()
                    && text.substring(tokens.get(i).end(), tokens.get(i + 1).start()).contains("\n");
            if (((w.equals(".") || w.equals("?") || w.equals("!")) && !closingQuote) || w.equals("”") && i > 0
                    && ".?!".contains(tokens.get(i - 1).text()) || lineBreak || i == tokens.size() - 1) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end(), first, i + 1));
                first = i + 1;
            }
        }
        return sentences;
    }
}
