package io.newslens.sentiment;

import io.newslens.analysis.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into words and punctuation with UTF-16 offsets.
 *
 * <p>Why not the OpenNLP tokenizer: the classifier must work on a raw sentence without the
 * pipeline, and it wants "don't" and "well-being" whole (they are lexicon entries), and every
 * quotation mark as a token of its own. Every non-space character ends up in exactly one token.
 */
final class WordTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*(?:[-.][\\p{L}\\p{N}]+)*|\\S");

    private WordTokenizer() {
    }

    static List<Span> tokenize(String sentence) {
        List<Span> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new Span(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
