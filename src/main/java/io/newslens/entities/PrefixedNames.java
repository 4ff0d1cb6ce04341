package io.newslens.entities;

import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names behind a lower-case prefix inside one token: "anti-Scientology videos",
 * "pro-Kremlin media", "ex-Yugoslavia". The name is the mention; the prefix is not.
 *
 * <p>Why: the tokenizer keeps such a word whole and it starts with a lower-case letter, so the
 * chunker never sees a name in it. A nationality after the prefix ("anti-American") is a
 * modifier and no mention, as elsewhere. Stateless apart from the shared gazetteer: thread-safe.
 */
final class PrefixedNames {
    private static final Pattern PREFIXED = Pattern.compile(
            "(?:anti|pro|ex|non|post|pre|mid|neo|pan|pseudo|counter|trans)-(\\p{Lu}[\\p{L}\\p{N}.'’]*)");

    private final Gazetteer gazetteer;

    PrefixedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mentions in the tokens {@code [start, end)}, in text order; untyped names are MISC. */
    List<Mention> mentions(List<Token> tokens, int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            Matcher m = PREFIXED.matcher(token.text());
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            if (gazetteer.demonymCountry(name).isPresent() || gazetteer.group(name).isPresent()) {
                continue;
            }
            EntityType type = gazetteer.place(name).map(Gazetteer.Entry::type).orElse(EntityType.MISC);
            int from = token.start() + m.start(1);
            out.add(new Mention(name, type, from, from + name.length()));
        }
        return out;
    }
}
