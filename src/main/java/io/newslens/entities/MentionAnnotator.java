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
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Finds proper-name mentions: name runs ({@link NameChunker}) typed by {@link MentionTyper},
 * and optionally by the trained name finder where the rules have no type ({@link NameFinderTyper}).
 *
 * <p>Not thread-safe with a name finder (it holds a {@code NameFinderME}): one per worker.
 */
public final class MentionAnnotator implements Annotator {
    private final Gazetteer gazetteer;
    private final MentionTyper typer;
    private final NameFinderTyper nameFinder;

    /** Rules only: gazetteers, cues and capitalisation. */
    public MentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.typer = new MentionTyper(gazetteer);
        this.nameFinder = null;
    }

    /** Rules, with the trained name finder typing what the rules leave MISC. */
    public MentionAnnotator(Gazetteer gazetteer, TokenNameFinderModel model) {
        this.gazetteer = gazetteer;
        this.typer = new MentionTyper(gazetteer);
        this.nameFinder = new NameFinderTyper(model);
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
            List<Mention> inSentence = new ArrayList<>();
            for (NameChunker.Run run : chunker.runs(tokens, sentence.firstToken(), sentence.endToken())) {
                Token next = run.end() < sentence.endToken() ? tokens.get(run.end()) : null;
                inSentence.addAll(typer.mentions(analysis.text(), tokens, run.start(), run.end(), next));
            }
            mentions.addAll(nameFinder == null ? inSentence : nameFinder.retype(analysis.tokens(sentence), inSentence));
        }
        if (nameFinder != null) {
            nameFinder.clear();
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
