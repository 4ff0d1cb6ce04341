package io.newslens.bench;

import io.newslens.analysis.Analysis;
import io.newslens.entities.EntityMerger;
import io.newslens.entities.Gazetteer;
import io.newslens.entities.MentionAnnotator;
import io.newslens.io.Document;
import io.newslens.nlp.NlpAnnotator;
import io.newslens.output.CsvReportWriter;
import io.newslens.output.CsvRows;
import io.newslens.output.Report;
import io.newslens.quotes.QuoteAnnotator;
import io.newslens.sentiment.ActorSentimentAnnotator;
import io.newslens.sentiment.SentimentLexicon;
import io.newslens.sentiment.TargetSentimentClassifier;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the hot stages on one sample article (run by {@code scripts/bench --jmh}
 * from the project root): OpenNLP sentences + tokens + POS as newslens runs them, the same
 * done plainly, mention finding, alias merging, quotes, per-actor sentiment, and CSV output.
 *
 * <p>Why in src/test: JMH and its generated code must never reach the shipped jar.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StagesBenchmark {
    private Document document;
    private NlpAnnotator nlp;
    private PlainOpenNlpPipeline.Tagger plain;
    private MentionAnnotator mentions;
    private EntityMerger merger;
    private QuoteAnnotator quotes;
    private ActorSentimentAnnotator sentiment;
    private Analysis tokenized;
    private Analysis mentioned;
    private Analysis merged;

    @Setup
    public void setUp() throws IOException {
        Path sample = Path.of("samples/foreign-affairs-summit.txt");
        document = new Document(sample.toString(), Files.readString(sample, StandardCharsets.UTF_8));
        nlp = new NlpAnnotator();
        plain = new PlainOpenNlpPipeline.Tagger();
        mentions = new MentionAnnotator(Gazetteer.shared());
        merger = new EntityMerger(Gazetteer.shared());
        tokenized = new Analysis(document);
        nlp.annotate(tokenized);
        mentioned = new Analysis(document);
        mentioned.setSentences(tokenized.sentences());
        mentioned.setTokens(tokenized.tokens());
        mentions.annotate(mentioned);
        merged = mergeStage();
        quotes = new QuoteAnnotator();
        sentiment = new ActorSentimentAnnotator(TargetSentimentClassifier.shipped(), SentimentLexicon.shared());
        quotes.annotate(merged);
    }

    /** Sentences, tokens (re-split), POS and lemmas: what every command pays first. */
    @Benchmark
    public Analysis nlpStage() {
        Analysis analysis = new Analysis(document);
        nlp.annotate(analysis);
        return analysis;
    }

    /** The baseline of the same work, as plain OpenNLP does it. */
    @Benchmark
    public int plainOpenNlp() {
        return plain.tag(document.text());
    }

    @Benchmark
    public Analysis mentionStage() {
        Analysis analysis = new Analysis(document);
        analysis.setSentences(tokenized.sentences());
        analysis.setTokens(tokenized.tokens());
        mentions.annotate(analysis);
        return analysis;
    }

    @Benchmark
    public Analysis mergeStage() {
        Analysis analysis = new Analysis(document);
        analysis.setSentences(tokenized.sentences());
        analysis.setTokens(tokenized.tokens());
        analysis.setMentions(mentioned.mentions());
        merger.annotate(analysis);
        return analysis;
    }

    @Benchmark
    public Analysis quoteStage() {
        Analysis analysis = withEntities();
        quotes.annotate(analysis);
        return analysis;
    }

    @Benchmark
    public Analysis sentimentStage() {
        Analysis analysis = withEntities();
        analysis.setQuotes(merged.quotes());
        sentiment.annotate(analysis);
        return analysis;
    }

    private Analysis withEntities() {
        Analysis analysis = new Analysis(document);
        analysis.setSentences(tokenized.sentences());
        analysis.setTokens(tokenized.tokens());
        analysis.setMentions(mentioned.mentions());
        analysis.setEntities(merged.entities());
        return analysis;
    }

    @Benchmark
    public String csvOutput() throws IOException {
        Analysis analysis = mergeStage();
        StringWriter out = new StringWriter();
        try (CsvReportWriter writer = new CsvReportWriter(out, CsvRows.ENTITIES)) {
            writer.write(new Report(document.id(), document.text(), analysis.entities(), null, null, null));
        }
        return out.toString();
    }
}
