package io.newslens.quotes;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Annotator;
import io.newslens.analysis.Layer;
import io.newslens.analysis.Span;
import io.newslens.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds direct, indirect and mixed quotations with their cues and speakers.
 *
 * <p>Steps: quoted text on the raw characters ({@link QuoteSpanFinder}); a cue and speaker for
 * each ({@link CueFinder}); reported speech ({@link IndirectQuoteFinder}) and unquoted speech
 * after a colon ({@link ColonSpeechFinder}); the clause around a quoted fragment after a cue
 * ({@link QuotedFragmentClauseFinder}); quoted fragments
 * inside reported speech become one mixed quotation; a quotation with no cue of its own that
 * opens a sentence right after an attributed quotation continues it ("“A,” he said. “B.”");
 * a short quoted phrase or a title with no cue, or any quoted phrase after "so-called", is a
 * scare quote with no speaker. Speakers are resolved by
 * {@link SpeakerResolver}.
 *
 * <p>Holds only the immutable reporting-verb lexicon: thread-safe, but the {@code Analyzer}
 * makes one per worker anyway.
 */
public final class QuoteAnnotator implements Annotator {
    /** Longest uncued quotation, in words, still read as a quoted phrase rather than a statement. */
    private static final int SCARE_MAX_WORDS = 4;
    /** Longest uncued quotation, in words, read as a title when every word is capitalised. */
    private static final int TITLE_MAX_WORDS = 8;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on",
            "to", "for", "with", "at", "by", "from", "vs", "as");
    private static final Pattern SO_CALLED = Pattern.compile("(?i)\\bso[- ]called\\s*$");
    /** A possessive or a preposition right before a quotation: "ABC's “This Week”", "author of “…”". */
    private static final Pattern NAME_SLOT = Pattern.compile(
            "(?i)(?:\\p{L}['’]s|\\b(?:on|in|of|from|at|for|by|with|about))\\s*$");

    private final QuoteSpanFinder spans = new QuoteSpanFinder();
    private final ReportingVerbs verbs;

    public QuoteAnnotator(ReportingVerbs verbs) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
    }

    /** An annotator with the lexicon shipped with the project. */
    public QuoteAnnotator() {
        this(ReportingVerbs.shared());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public void annotate(Analysis analysis) {
        String text = analysis.text();
        List<QuotedText> quoted = spans.find(text);
        DocumentView doc = new DocumentView(text, analysis.tokens(),
                SentenceJoiner.joinAfterTitles(analysis.tokens(), analysis.sentences()), quoted);
        SubjectFinder subjects = new SubjectFinder(doc.tokens, i -> doc.isCue(i, verbs));
        EntityIndex entities = new EntityIndex(analysis.entities());
        SpeakerResolver speakers = new SpeakerResolver(doc, entities, subjects);
        CueFinder cues = new CueFinder(doc, verbs, subjects);
        List<Reported> reported = new ArrayList<>(new NestedSpeechSplitter(doc, verbs, subjects).split(
                new FrontedClauseTrimmer(doc, subjects).trim(new IndirectQuoteFinder(doc, verbs, subjects).find())));
        reported.addAll(new ColonSpeechFinder(doc, verbs, subjects, entities).find());
        reported.addAll(new HeadlineSpeechFinder(doc, verbs).find());
        reported.addAll(new QuotedFragmentClauseFinder(doc, verbs, subjects, cues).find(reported));

        List<Quote> quotes = new ArrayList<>();
        boolean[] absorbed = new boolean[quoted.size()];
        for (Reported r : reported) {
            Quote q = reportedQuote(r, quoted, absorbed, doc, speakers);
            if (q != null) {
                quotes.add(q);
            }
        }
        List<Quote> attributedReports = quotes.stream().filter(q -> q.speakerMention() != null).toList();
        Quote previous = null;
        for (int i = 0; i < quoted.size(); i++) {
            if (absorbed[i]) {
                continue;
            }
            QuotedText q = quoted.get(i);
            if (doc.text.substring(q.contentStart(), q.contentEnd()).isBlank()) {
                continue; // an empty pair of marks quotes nothing
            }
            int limit = i + 1 < quoted.size() ? quoted.get(i + 1).start() : text.length();
            Quote before = later(previous, lastEndingBefore(attributedReports, q.start()));
            Quote quote = directQuote(q, cues.find(q, limit), before, doc, speakers);
            quotes.add(quote);
            if (quote.kind() == QuoteKind.DIRECT && quote.speakerMention() != null) {
                previous = quote;
            }
        }
        quotes.sort(Comparator.comparingInt((Quote q) -> q.content().start()));
        analysis.setQuotes(InterruptedSpeechJoiner.join(quotes, text));
    }

    /** The quotation of {@code quotes} that ends last before {@code offset}, or null. */
    private static Quote lastEndingBefore(List<Quote> quotes, int offset) {
        Quote last = null;
        for (Quote q : quotes) {
            if (q.content().end() <= offset && (last == null || q.content().end() > last.content().end())) {
                last = q;
            }
        }
        return last;
    }

    /**
     * Of two attributed quotations, the one ending later: an uncued quotation continues the
     * speaker of the reported speech right before it too ("X said that A. ¶ “B.”").
     */
    private static Quote later(Quote a, Quote b) {
        return a == null || (b != null && b.content().end() > a.content().end()) ? b : a;
    }

    /**
     * Reported speech as an indirect or mixed quotation; null when it is a direct quotation
     * introduced by its cue ("X said “...”"), which the direct pass reports.
     */
    private static Quote reportedQuote(Reported r, List<QuotedText> quoted, boolean[] absorbed,
                                       DocumentView doc, SpeakerResolver speakers) {
        int end = r.end();
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < quoted.size(); i++) {
            QuotedText q = quoted.get(i);
            if (q.end() <= r.start() || q.start() >= end) {
                continue;
            }
            if (q.start() <= firstWordEnd(doc.text, r.start()) && q.end() >= end - 1) {
                return null; // "X said “...”": the whole content is quoted
            }
            if (q.start() < r.start()) {
                return null;
            }
            inside.add(i); // "X said she is “the only candidate ...”": the quotation ends the reported speech
            end = Math.max(end, q.contentEnd());
        }
        if (end <= r.start()) {
            return null;
        }
        inside.forEach(i -> absorbed[i] = true);
        QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT : QuoteKind.MIXED;
        return quote(Span.of(doc.text, r.start(), end), kind, r.attribution(), doc, speakers);
    }

    private static Quote directQuote(QuotedText q, Attribution attribution, Quote previous, DocumentView doc,
                                     SpeakerResolver speakers) {
        int start = q.contentStart();
        int end = q.contentEnd();
        while (Character.isWhitespace(doc.text.charAt(start))) {
            start++;
        }
        while (Character.isWhitespace(doc.text.charAt(end - 1))) {
            end--;
        }
        Span content = Span.of(doc.text, start, end);
        String before = doc.text.substring(Math.max(0, q.start() - 12), q.start());
        if (SO_CALLED.matcher(before).find()) {
            return new Quote(content, QuoteKind.SCARE, null, null, null, null); // the author's distance, not speech
        }
        if (namesAWork(doc.text, q)) {
            return new Quote(content, QuoteKind.SCARE, null, null, null, null); // a show or book, even with a cue
        }
        if (attribution != null) {
            return quote(content, QuoteKind.DIRECT, attribution, doc, speakers);
        }
        if (previous != null && continues(previous, q, doc)) {
            return new Quote(content, QuoteKind.DIRECT, previous.speaker(), previous.speakerType(),
                    previous.speakerMention(), previous.cue());
        }
        return new Quote(content, isPhrase(content.text().strip()) ? QuoteKind.SCARE : QuoteKind.DIRECT,
                null, null, null, null);
    }

    /** True for a title in a name slot: "ABC's “This Week”", "author of “Crippled America”". */
    static boolean namesAWork(String text, QuotedText q) {
        String before = text.substring(Math.max(0, q.start() - 12), q.start());
        return NAME_SLOT.matcher(before).find() && isTitle(words(text.substring(q.contentStart(), q.contentEnd())));
    }

    /**
     * True for uncued quoted text that is a phrase, not a statement: up to {@value #SCARE_MAX_WORDS}
     * words without closing punctuation, one or two words with it ("“refugees.”"), or a title
     * ("“Crippled America: How to Make America Great Again,”").
     */
    private static boolean isPhrase(String text) {
        List<String> words = words(text);
        boolean punctuated = text.matches("(?s).*[.?!,]$");
        return (words.size() <= SCARE_MAX_WORDS && !punctuated) || words.size() <= 2 || isTitle(words);
    }

    /** Up to {@value #TITLE_MAX_WORDS} words, title-cased. */
    private static boolean isTitle(List<String> words) {
        return !words.isEmpty() && words.size() <= TITLE_MAX_WORDS && isTitleCase(words);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .map(w -> w.replaceAll("^\\P{L}+|\\P{L}+$", "")).filter(w -> !w.isEmpty()).toList();
    }

    /** Every word capitalised but the short function words of titles ("A Choice, Not an Echo"). */
    private static boolean isTitleCase(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!Character.isUpperCase(w.charAt(0)) && !(i > 0 && TITLE_SMALL_WORDS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code q} opens a sentence and starts within one paragraph break of the end of
     * the attributed {@code previous}: the news convention for continuing the same speaker.
     */
    private static boolean continues(Quote previous, QuotedText q, DocumentView doc) {
        String between = doc.text.substring(Math.min(previous.content().end(), q.start()), q.start());
        long breaks = between.chars().filter(c -> c == '\n').count();
        String stripped = between.replaceAll("[\\s\\h\"“”„«»]", ""); // \h: no-break spaces count too
        boolean opensSentence = stripped.isEmpty() || stripped.matches(".*[.?!:]$");
        String content = doc.text.substring(q.contentStart(), q.contentEnd()).replaceAll("^[\\s\\h]+", "");
        return breaks <= 2 && opensSentence && !content.isEmpty() && Character.isUpperCase(content.charAt(0))
                && between.length() < 400;
    }

    private static Quote quote(Span content, QuoteKind kind, Attribution attribution, DocumentView doc,
                               SpeakerResolver speakers) {
        Token cueFirst = doc.token(attribution.cue());
        Token cueLast = doc.token(attribution.cueEnd() - 1);
        Span cue = Span.of(doc.text, cueFirst.start(), cueLast.end());
        if (attribution.speaker() == null) {
            return new Quote(content, kind, null, null, null, cue);
        }
        Speaker speaker = speakers.resolve(attribution.speaker());
        return new Quote(content, kind, speaker.name(), speaker.type(), speaker.mention(), cue);
    }

    /** The offset just after the first word at or after {@code start}. */
    private static int firstWordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
