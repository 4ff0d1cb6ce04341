package io.newslens.nlp;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens with UTF-16 offsets, UD part-of-speech tags and verb lemmas.
 *
 * <p>Not thread-safe: it holds OpenNLP {@code *ME} instances, so the {@code Analyzer} keeps
 * one per worker thread. Line breaks always end a sentence: in plain-text news a line is a
 * paragraph, a title or a byline, and the sentence model would otherwise join a title to the
 * first sentence.
 */
public final class NlpAnnotator implements Annotator {
    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(Models.sentences());
    private final TokenizerME tokenizer = new TokenizerME(Models.tokens());
    private final POSTaggerME tagger = new POSTaggerME(Models.pos(), POSTagFormat.UD);

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public void annotate(Analysis analysis) {
        String text = analysis.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Span line : Lines.of(text)) {
            String lineText = text.substring(line.getStart(), line.getEnd());
            for (Span s : sentenceDetector.sentPosDetect(lineText)) {
                int start = line.getStart() + s.getStart();
                int end = line.getStart() + s.getEnd();
                int first = tokens.size();
                tokenize(text, start, end, tokens);
                if (tokens.size() > first) {
                    sentences.add(new Sentence(start, end, first, tokens.size()));
                }
            }
        }
        analysis.setSentences(sentences);
        analysis.setTokens(tokens);
    }

    private void tokenize(String text, int start, int end, List<Token> out) {
        String sentence = text.substring(start, end);
        List<Span> spans = TokenSplitter.split(sentence, tokenizer.tokenizePos(sentence));
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).getCoveredText(sentence).toString();
        }
        String[] tags = tagger.tag(words);
        for (int i = 0; i < words.length; i++) {
            Span s = spans.get(i);
            out.add(new Token(words[i], start + s.getStart(), start + s.getEnd(), tags[i],
                    Lemmas.lemma(words[i], tags[i])));
        }
    }
}
