package io.newslens.entities;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-name mentions: name runs ({@link NameChunker}) typed by {@link MentionTyper}.
 *
 * <p>Thread-safe: holds only the shared gazetteer.
 */
public final class MentionAnnotator implements Annotator {
    private final Gazetteer gazetteer;
    private final MentionTyper typer;

    public MentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.typer = new MentionTyper(gazetteer);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void annotate(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        NameChunker chunker = new NameChunker(namesSeenMidSentence(analysis), gazetteer);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            for (NameChunker.Run run : chunker.runs(tokens, sentence.firstToken(), sentence.endToken())) {
                Token next = run.end() < sentence.endToken() ? tokens.get(run.end()) : null;
                mentions.addAll(typer.mentions(analysis.text(), tokens, run.start(), run.end(), next));
            }
        }
        analysis.setMentions(mentions);
    }

    private static Set<String> namesSeenMidSentence(Analysis analysis) {
        Set<String> names = new HashSet<>();
        List<Token> tokens = analysis.tokens();
        for (Sentence sentence : analysis.sentences()) {
            for (int i = sentence.firstToken() + 1; i < sentence.endToken(); i++) {
                if (NameChunker.isCapitalisedWord(tokens.get(i))) {
                    names.add(tokens.get(i).text());
                }
            }
        }
        return names;
    }
}
