package io.newslens.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;

/**
 * Scores a name finder on an annotated file by exact span match: a prediction counts only when
 * start, end and type all equal a gold name.
 *
 * <p>Contract: {@code types} restricts both gold and predicted names to those types before
 * counting, so a test set without {@code misc} is not penalised for the model's {@code misc}
 * output; an empty set keeps every type. Adaptive data is cleared at document boundaries, as at
 * run time.
 *
 * <p>Why our own counting instead of OpenNLP's {@code TokenNameFinderEvaluator}: that one gives
 * only an overall figure and cannot restrict the types.
 */
public final class NameFinderEvaluator {
    private final Set<String> types;

    public NameFinderEvaluator(Set<String> types) {
        this.types = Set.copyOf(Objects.requireNonNull(types, "types"));
    }

    /** Precision/recall/F1 counts of one type, or of all types together. */
    public record Score(int truePositives, int predicted, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    /** Overall score and one score per type, types sorted by name. */
    public record Result(Score overall, Map<String, Score> byType) {
        public Result {
            byType = Collections.unmodifiableMap(new TreeMap<>(byType));
        }
    }

    /** Evaluates {@code model} on {@code testFile} (OpenNLP name-finder format, UTF-8). */
    public Result evaluate(TokenNameFinderModel model, Path testFile) throws IOException {
        Objects.requireNonNull(model, "model");
        List<String> lines = Files.readAllLines(Objects.requireNonNull(testFile, "testFile"),
                StandardCharsets.UTF_8);
        NameFinderME finder = new NameFinderME(model);
        Map<String, Score> byType = new TreeMap<>();
        try (ObjectStream<NameSample> samples =
                new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
            NameSample sample;
            while ((sample = samples.read()) != null) {
                if (sample.isClearAdaptiveDataSet()) {
                    finder.clearAdaptiveData();
                }
                count(kept(sample.getNames()), kept(finder.find(sample.getSentence())), byType);
            }
        }
        Score overall = byType.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        return new Result(overall, byType);
    }

    private Set<Span> kept(Span[] spans) {
        return Arrays.stream(spans)
                .filter(s -> types.isEmpty() || types.contains(s.getType()))
                .map(s -> new Span(s.getStart(), s.getEnd(), s.getType()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static void count(Set<Span> gold, Set<Span> predicted, Map<String, Score> byType) {
        for (Span g : gold) {
            boolean hit = predicted.contains(g);
            byType.merge(g.getType(), new Score(hit ? 1 : 0, 0, 1), Score::plus);
        }
        for (Span p : predicted) {
            byType.merge(p.getType(), new Score(0, 1, 0), Score::plus);
        }
    }
}
