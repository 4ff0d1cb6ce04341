package io.newslens.bench;

import io.newslens.entities.NameFinderModels;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Tagging speed of the name-finder model on the classpath, for {@code scripts/bench-ner-speed}:
 * loads it with {@link NameFinderModels#loadShipped()}, then tags the sentences of the given
 * OpenNLP-format files ROUNDS times with one {@link NameFinderME} on one thread (adaptive data
 * cleared at each document break, as {@code newslens} does per article) and prints the tokens
 * per second of each round on one line, by wall time and by the tagging thread's CPU time.
 *
 * <p>Why rounds: the first ones run while the JIT compiles, so they show a one-article run's
 * speed; the last ones the warm speed of a batch.
 *
 * <p>Usage: {@code NameFinderSpeedTimer ROUNDS FILE...}
 */
public final class NameFinderSpeedTimer {
    private NameFinderSpeedTimer() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.parseInt(args[0]);
        List<String[]> sentences = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sentences.addAll(sentences(Path.of(args[i])));
        }
        long tokens = sentences.stream().filter(s -> s != null).mapToLong(s -> s.length).sum();
        TokenNameFinderModel model = NameFinderModels.loadShipped();
        NameFinderME finder = new NameFinderME(model);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        StringBuilder line = new StringBuilder();
        StringBuilder cpuLine = new StringBuilder();
        long names = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (String[] sentence : sentences) {
                if (sentence == null) {
                    finder.clearAdaptiveData();
                } else {
                    names += finder.find(sentence).length;
                }
            }
            line.append(String.format(Locale.ROOT, " %.0f", tokens / ((System.nanoTime() - t0) / 1e9)));
            cpuLine.append(String.format(Locale.ROOT, " %.0f", tokens / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9)));
        }
        System.out.println(tokens + " tokens, " + names / rounds + " names; wall" + line + "; cpu" + cpuLine);
    }

    /** The token arrays of {@code file}'s sentences, null at each document break. */
    private static List<String[]> sentences(Path file) throws IOException {
        List<String[]> result = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
            for (NameSample s; (s = samples.read()) != null; ) {
                if (s.isClearAdaptiveDataSet()) {
                    result.add(null);
                }
                result.add(s.getSentence());
            }
        }
        return result;
    }
}
