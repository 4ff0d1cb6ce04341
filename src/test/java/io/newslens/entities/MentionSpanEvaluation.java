package io.newslens.entities;

import io.newslens.analysis.Analyzer;
import io.newslens.analysis.AnnotatorFactory;
import io.newslens.analysis.Layer;
import io.newslens.io.Document;
import io.newslens.nlp.NlpAnnotator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;

/**
 * Scores the whole mention stage, as {@code entities} runs it (name runs, rules, gazetteers, and
 * the name finder typing them), on the held-out open NER splits by exact span, next to the name
 * finder alone on the same splits.
 *
 * <p>Usage: {@code MentionSpanEvaluation MODEL DATA_DIR}, where MODEL must be trained without the
 * held-out splits ({@code newslens train-ner --data DATA_DIR --out MODEL --eval}); the splits are
 * those of {@link NerRecipe#heldOut}. Each document of a split becomes one text, a sentence per
 * line with its tokens joined by spaces, so the stage sees the gold sentences and tokens.
 * Mention types map to the data's: PERSON to person, ORG to organization, GPE and LOC to
 * location; NORP and MISC are left out, as gold misc is, since only wikigold annotates it.
 * Evaluation only: nothing of the data is written into the project.
 */
public final class MentionSpanEvaluation {
    private static final Set<String> TYPES = Set.of("person", "organization", "location");

    private MentionSpanEvaluation() {
    }

    /** One document of a split: its text and its gold names as typed character spans. */
    record GoldDocument(String text, Set<Span> names) {
    }

    public static void main(String[] args) throws IOException {
        TokenNameFinderModel model = NameFinderModels.load(Path.of(args[0]));
        Path work = Files.createTempDirectory("newslens-mention-eval");
        NerRecipe recipe = NerRecipe.heldOut(Path.of(args[1]), NerRecipe.WIKIGOLD_COPIES, work);
        try {
            evaluate(model, recipe);
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    private static void evaluate(TokenNameFinderModel model, NerRecipe recipe) throws IOException {
        Analyzer analyzer = new Analyzer(List.of(
                new AnnotatorFactory(Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS), NlpAnnotator::new),
                new AnnotatorFactory(Set.of(Layer.SENTENCES, Layer.TOKENS), Set.of(Layer.MENTIONS),
                        () -> new MentionAnnotator(Gazetteer.shared(), model))));
        NameFinderEvaluator alone = new NameFinderEvaluator(TYPES);
        for (Map.Entry<String, Path> split : new TreeMap<>(recipe.heldOut()).entrySet()) {
            Map<String, NameFinderEvaluator.Score> byType = new TreeMap<>();
            for (GoldDocument gold : documents(split.getValue())) {
                Set<Span> predicted = new HashSet<>();
                for (Mention m : analyzer.analyze(new Document(split.getKey(), gold.text()), Set.of(Layer.MENTIONS))
                        .mentions()) {
                    String type = dataType(m.type());
                    if (type != null) {
                        predicted.add(new Span(m.start(), m.end(), type));
                    }
                }
                count(gold.names(), predicted, byType);
            }
            print("mentions", split.getKey(), byType);
            print("model", split.getKey(), alone.evaluate(model, split.getValue()).byType());
        }
    }

    /** Reads an OpenNLP name-finder file into documents (split where adaptive data is cleared). */
    static List<GoldDocument> documents(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<GoldDocument> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Set<Span> names = new HashSet<>();
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
            for (NameSample sample; (sample = samples.read()) != null; ) {
                if (sample.isClearAdaptiveDataSet() && text.length() > 0) {
                    documents.add(new GoldDocument(text.toString(), names));
                    text = new StringBuilder();
                    names = new HashSet<>();
                }
                int[] starts = new int[sample.getSentence().length + 1];
                for (int i = 0; i < sample.getSentence().length; i++) {
                    starts[i] = text.length();
                    text.append(sample.getSentence()[i]).append(i + 1 < sample.getSentence().length ? " " : "");
                }
                starts[sample.getSentence().length] = text.length() + 1;
                for (Span name : sample.getNames()) {
                    if (TYPES.contains(name.getType())) {
                        names.add(new Span(starts[name.getStart()], starts[name.getEnd()] - 1, name.getType()));
                    }
                }
                text.append('\n');
            }
        }
        if (text.length() > 0) {
            documents.add(new GoldDocument(text.toString(), names));
        }
        return documents;
    }

    private static String dataType(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORG -> "organization";
            case GPE, LOC -> "location";
            case NORP, MISC -> null;
        };
    }

    private static void count(Set<Span> gold, Set<Span> predicted, Map<String, NameFinderEvaluator.Score> byType) {
        for (Span g : gold) {
            byType.merge(g.getType(), new NameFinderEvaluator.Score(predicted.contains(g) ? 1 : 0, 0, 1), NameFinderEvaluator.Score::plus);
        }
        for (Span p : predicted) {
            byType.merge(p.getType(), new NameFinderEvaluator.Score(0, 1, 0), NameFinderEvaluator.Score::plus);
        }
    }

    private static void print(String label, String split, Map<String, NameFinderEvaluator.Score> byType) {
        NameFinderEvaluator.Score all = byType.values().stream().reduce(new NameFinderEvaluator.Score(0, 0, 0),
                NameFinderEvaluator.Score::plus);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-9s %-18s P %5.1f R %5.1f F1 %5.1f",
                label, split, 100 * all.precision(), 100 * all.recall(), 100 * all.f1()));
        byType.forEach((type, s) -> row.append(String.format(Locale.ROOT, " | %s %5.1f", type, 100 * s.f1())));
        System.out.println(row);
    }
}
