package io.newslens.nlp;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 *
 * <p>A sentence longer than {@value #MAX_SENTENCE_TOKENS} tokens (a run-on line with no
 * sentence end) is cut into sentences of that many tokens. Why: OpenNLP's beam search copies
 * the outcome sequence at every token, so tagging one sentence costs time quadratic in its
 * length (a 1 MB line took over half an hour); no real sentence is that long.
 */
public final class NlpAnnotator implements Annotator {
    /** A capitalised first name and a middle initial ending a sentence: "Ronald O.". */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\.$");
    /** A capitalised word followed by a space, comma or full stop: "Valdiserri, the", "Marsh read". */
    private static final Pattern STARTS_WITH_SURNAME = Pattern.compile("^(\\p{Lu}\\p{Ll}+)(?:[ ,.]|$)");
    /** Words that start sentences, after which an initial ends its own sentence ("... Plan B. The ..."). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We",
            "This", "That", "These", "Those", "There", "In", "On", "At", "But", "And", "However", "His", "Her",
            "Its", "Their", "If", "When", "After", "Before", "As", "For", "So", "Yet", "Also", "Then", "What");
    /**
     * Abbreviated titles and place words that come before a name, never at a sentence's end: the
     * sentence model ends sentences at them ("Sgt. | Shawn Gibson", "Port St. | Lucie").
     */
    private static final Pattern ENDS_WITH_ABBREVIATION_BEFORE_NAME = Pattern.compile(
            "(?:^|[\\s(\"“])(?:" + String.join("|", TokenSplitter.ABBREVIATIONS_BEFORE_NAMES) + ")\\.$");
    /** Characters read at a sentence's end and the next one's start for a name cut at its initial. */
    private static final int NAME_WINDOW = 40;
    static final int MAX_SENTENCE_TOKENS = 250;

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
            for (Span s : joinNamesCutApart(lineText, sentenceDetector.sentPosDetect(lineText))) {
                addSentences(text, line.getStart() + s.getStart(), line.getStart() + s.getEnd(), sentences, tokens);
            }
        }
        analysis.setSentences(sentences);
        analysis.setTokens(tokens);
    }

    /**
     * The detected sentences with those that end in " v." joined to the next: the sentence model
     * ends a sentence at the "v." of a court case ("in Kelly v. | United States"); and those that
     * end in a capitalised word and a middle initial joined to a next one that starts with a
     * capitalised word no sentence starts with ("Dr. Ronald O. | Valdiserri"), or in an
     * abbreviated title or place word ("Capt. | Philip Wolford", "St. | Louis").
     */
    private static List<Span> joinNamesCutApart(String lineText, Span[] detected) {
        List<Span> out = new ArrayList<>(detected.length);
        for (Span s : detected) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && (endsWithVersus(lineText, last) || splitsAfterInitial(lineText, last, s)
                    || splitsAfterAbbreviation(lineText, last, s))) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean endsWithVersus(String lineText, Span sentence) {
        return sentence.length() >= 3 && lineText.startsWith(" v.", sentence.getEnd() - 3);
    }

    /**
     * True for "... Ronald O." then "Valdiserri, the director ...": a name cut at its middle initial.
     * Only the sentence's last characters and the next one's first are read (most sentences end
     * otherwise, so the regions are matched only after a cheap check of the final ". ").
     */
    private static boolean splitsAfterInitial(String lineText, Span sentence, Span next) {
        int end = sentence.getEnd();
        if (end - sentence.getStart() < 4 || lineText.charAt(end - 1) != '.' || lineText.charAt(end - 3) != ' ') {
            return false;
        }
        Matcher initial = ENDS_WITH_INITIAL.matcher(lineText).useTransparentBounds(true)
                .region(Math.max(sentence.getStart(), end - NAME_WINDOW), end);
        Matcher surname = STARTS_WITH_SURNAME.matcher(lineText)
                .region(next.getStart(), Math.min(next.getEnd(), next.getStart() + NAME_WINDOW));
        return initial.find() && surname.find() && !SENTENCE_OPENERS.contains(surname.group(1));
    }

    /** True for "... Capt." then "Philip Wolford and ...": a name cut after its abbreviated title. */
    private static boolean splitsAfterAbbreviation(String lineText, Span sentence, Span next) {
        int end = sentence.getEnd();
        if (lineText.charAt(end - 1) != '.') {
            return false;
        }
        Matcher abbreviation = ENDS_WITH_ABBREVIATION_BEFORE_NAME.matcher(lineText).useTransparentBounds(true)
                .region(Math.max(sentence.getStart(), end - 6), end);
        Matcher name = STARTS_WITH_SURNAME.matcher(lineText)
                .region(next.getStart(), Math.min(next.getEnd(), next.getStart() + NAME_WINDOW));
        return abbreviation.find() && name.find() && !SENTENCE_OPENERS.contains(name.group(1));
    }

    /** Tokenizes and tags one detected sentence, cut into pieces of at most MAX_SENTENCE_TOKENS tokens. */
    private void addSentences(String text, int start, int end, List<Sentence> sentences, List<Token> out) {
        String sentence = text.substring(start, end);
        List<Span> spans = TokenSplitter.split(sentence, tokenizer.tokenizePos(sentence));
        for (int from = 0; from < spans.size(); from += MAX_SENTENCE_TOKENS) {
            List<Span> piece = spans.subList(from, Math.min(spans.size(), from + MAX_SENTENCE_TOKENS));
            int first = out.size();
            tag(sentence, start, piece, out);
            int pieceStart = from == 0 ? start : start + piece.get(0).getStart();
            int pieceEnd = from + piece.size() == spans.size() ? end : start + piece.get(piece.size() - 1).getEnd();
            sentences.add(new Sentence(pieceStart, pieceEnd, first, out.size()));
        }
    }

    private void tag(String sentence, int start, List<Span> spans, List<Token> out) {
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
