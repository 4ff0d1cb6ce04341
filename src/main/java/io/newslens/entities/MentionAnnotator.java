package io.newslens.entities;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Finds proper-name mentions: name runs ({@link NameChunker}) typed by {@link MentionTyper},
 * long forms of acronyms made whole ({@link AcronymDefinitions}), full stops and possessive
 * apostrophes the tokenizer left on names dropped ({@link TrailingPeriods},
 * {@link PossessiveApostrophes}), names behind prefixes ({@link PrefixedNames}), places glued
 * before a person's name split off ({@link PlacesGluedToNames}), first names joined by "&" split
 * ({@link PeopleJoinedByAmpersand}), names joined by a hyphen split ({@link NamesJoinedByHyphen}),
 * model numbers used alone for a product the document names added ({@link ModelNumbers}),
 * and optionally typed by the trained name finder where the rules have no type
 * ({@link NameFinderTyper}).
 *
 * <p>Not thread-safe with a name finder (it holds a {@code NameFinderME}): one per worker.
 */
public final class MentionAnnotator implements Annotator {
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "'");
    private final Gazetteer gazetteer;
    private final MentionTyper typer;
    private final AcronymDefinitions acronyms;
    private final NameFinderTyper nameFinder;
    private final PrefixedNames prefixedNames;

    /** Rules only: gazetteers, cues and capitalisation. */
    public MentionAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.typer = new MentionTyper(gazetteer);
        this.acronyms = new AcronymDefinitions(gazetteer);
        this.nameFinder = null;
        this.prefixedNames = new PrefixedNames(gazetteer);
    }

    /** Rules, with the trained name finder typing what the rules leave MISC. */
    public MentionAnnotator(Gazetteer gazetteer, TokenNameFinderModel model) {
        this.gazetteer = gazetteer;
        this.typer = new MentionTyper(gazetteer);
        this.acronyms = new AcronymDefinitions(gazetteer);
        this.nameFinder = new NameFinderTyper(model);
        this.prefixedNames = new PrefixedNames(gazetteer);
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
        Set<String> namesMidClause = new HashSet<>();
        Set<String> namesMidSentence = new HashSet<>();
        collectCapitalisedWords(analysis, namesMidClause, namesMidSentence);
        NameChunker chunker = new NameChunker(namesMidSentence, NameChunker.PossessiveWords.of(tokens), gazetteer);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            List<Mention> inSentence = new ArrayList<>();
            for (NameChunker.Run run : chunker.runs(tokens, sentence.firstToken(), sentence.endToken())) {
                Token next = run.end() < sentence.endToken() ? tokens.get(run.end()) : null;
                inSentence.addAll(typer.mentions(analysis.text(), tokens, run.start(), run.end(), next));
            }
            List<Token> sentenceTokens = analysis.tokens(sentence);
            inSentence = acronyms.apply(analysis.text(), sentenceTokens, inSentence);
            inSentence = nameFinder == null ? inSentence : nameFinder.retype(analysis.text(), sentenceTokens, inSentence);
            inSentence = NamesAfterThe.untype(analysis.text(), sentence, inSentence);
            inSentence = withPrefixedNames(inSentence, tokens, sentence);
            inSentence.stream().filter(m -> !isUnsupportedWord(m, namesMidClause)
                    && !isBareCueWord(m, namesMidClause) && !isAbbreviationsOnly(m)).forEach(mentions::add);
        }
        if (nameFinder != null) {
            nameFinder.clear();
        }
        List<Mention> trimmed = PossessiveApostrophes.trim(analysis.text(), TrailingPeriods.trim(mentions, gazetteer));
        List<Mention> whole = AwardGivers.split(PlacesGluedToNames.split(trimmed, gazetteer));
        List<Mention> split = NamesJoinedByHyphen.split(PeopleJoinedByAmpersand.split(whole), gazetteer);
        analysis.setMentions(ModelNumbers.withBareNumbers(tokens, split));
    }

    /** {@code mentions} and the names behind prefixes ({@link PrefixedNames}), in text order. */
    private List<Mention> withPrefixedNames(List<Mention> mentions, List<Token> tokens, Sentence sentence) {
        List<Mention> prefixed = prefixedNames.mentions(tokens, sentence.firstToken(), sentence.endToken());
        if (prefixed.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(prefixed);
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /**
     * True for one word that only the position of its capital made a name ("Warm water ...",
     * "Heartbroken, she ...", a word of a title-case headline): it has no type from the
     * gazetteer, the cues or the name finder, and is never written with a capital inside a
     * clause. Why: the tagger calls many sentence-initial words PROPN.
     */
    private static boolean isUnsupportedWord(Mention m, Set<String> namesMidClause) {
        return m.type() == EntityType.MISC && NameChunker.isOneWord(m.text()) && !namesMidClause.contains(m.text());
    }

    /**
     * True for an organisation word alone that only the position of its capital made a name
     * ("Construction will begin in 2012"): the cue types a name, it is none by itself.
     */
    private boolean isBareCueWord(Mention m, Set<String> namesMidClause) {
        return gazetteer.isOrgCue(m.text()) && !namesMidClause.contains(m.text());
    }

    /** True for a mention made only of abbreviations that are never names: "UTC", "PM EST". */
    private boolean isAbbreviationsOnly(Mention m) {
        for (String word : m.text().split(" ")) {
            if (!gazetteer.isNotName(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a word alone in quotation marks or brackets inside a sentence ({@code told
     * "Wikinews"}, {@code Communist Party of Brazil (PCdoB)}): a quoted name or a short form,
     * not the first word of quoted speech, so its capital is evidence.
     */
    private static boolean isQuotedWord(List<Token> tokens, int i, Sentence sentence) {
        if (i - 1 <= sentence.firstToken() || i + 1 >= sentence.endToken()) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        String after = tokens.get(i + 1).text();
        return (QUOTE_MARKS.contains(before) && QUOTE_MARKS.contains(after)) || (before.equals("(") && after.equals(")"));
    }

    /**
     * Words written with a capital where capitals are evidence of a name: inside a sentence and
     * not in a title-case headline go to {@code midSentence}; those not first in a quotation
     * either (a quoted name, "Approved Destination Status", and quoted speech, "Warm water is
     * ...", both start with a capital) also go to {@code midClause}, as do words alone in
     * quotation marks or brackets. One pass fills both.
     */
    private static void collectCapitalisedWords(Analysis analysis, Set<String> midClause, Set<String> midSentence) {
        List<Token> tokens = analysis.tokens();
        for (Sentence sentence : analysis.sentences()) {
            if (NameChunker.isTitleCase(tokens, sentence.firstToken(), sentence.endToken())) {
                continue;
            }
            for (int i = sentence.firstToken() + 1; i < sentence.endToken(); i++) {
                if (NameChunker.isCapitalisedWord(tokens.get(i))) {
                    midSentence.add(tokens.get(i).text());
                    if (!NameChunker.startsClause(tokens, i, sentence.firstToken()) || isQuotedWord(tokens, i, sentence)) {
                        midClause.add(tokens.get(i).text());
                    }
                }
            }
        }
    }
}
