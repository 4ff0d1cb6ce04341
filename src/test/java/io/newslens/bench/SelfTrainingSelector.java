package io.newslens.bench;

import io.newslens.analysis.Analysis;
import io.newslens.entities.NameFinderModels;
import io.newslens.io.Document;
import io.newslens.nlp.NlpAnnotator;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Scratch harness for the self-training experiment (docs/ner-results.md, "Self-training"): tags
 * the Wikinews corpus with a name-finder model trained WITHOUT the held-out splits and writes the
 * confident sentences as OpenNLP name-finder training files.
 *
 * <p>Usage: {@code SelfTrainingSelector MODEL OUT_PREFIX THRESHOLD SIZE... -- CORPUS_DIR...}; THRESHOLD is
 * a probability or {@code N%} (the candidates' N-th percentile of it).
 * Articles are read in sorted file-name order, tokenized as at run time ({@link NlpAnnotator}),
 * tagged with adaptive data cleared per article. A sentence is a candidate when it has 5 to 60
 * tokens, at least one name, no {@code misc} name, no token that looks like markup, is not a
 * duplicate of an earlier candidate, and every token's best-outcome probability is at least
 * THRESHOLD. For each SIZE, the SIZE candidates with the smallest CRC-32 of their line are taken
 * and written in corpus order, an empty line between articles, to {@code OUT_PREFIX-SIZE.txt}.
 * Articles that held-out entity tests use ({@code src/test/resources/heldout*}) are skipped.
 *
 * <p>Why CRC-32 order: a deterministic spread over the whole corpus that does not favour the
 * easiest (most confident) sentences.
 */
public final class SelfTrainingSelector {
    private static final int MIN_TOKENS = 5;
    private static final int MAX_TOKENS = 60;

    private record Candidate(int article, int order, String line, double minProb, long crc) {
    }

    private SelfTrainingSelector() {
    }

    public static void main(String[] args) throws IOException {
        int sep = Arrays.asList(args).indexOf("--");
        TokenNameFinderModel model = NameFinderModels.load(Path.of(args[0]));
        String outPrefix = args[1];
        String thresholdArg = args[2];
        List<Integer> sizes = Arrays.stream(args, 3, sep).map(Integer::valueOf).toList();
        List<Path> articles = new ArrayList<>();
        for (String dir : Arrays.copyOfRange(args, sep + 1, args.length)) {
            articles.addAll(articles(Path.of(dir)));
        }
        Set<String> excluded = heldOutArticles();
        List<Candidate> all = tag(model, articles, excluded);
        printHistogram(all);
        double threshold = threshold(all, thresholdArg);
        List<Candidate> confident = all.stream().filter(c -> c.minProb() >= threshold).toList();
        System.err.printf(Locale.ROOT, "%d candidates, %d with min prob >= %s%n", all.size(), confident.size(), threshold);
        for (int size : sizes) {
            write(confident, size, Path.of(outPrefix + "-" + size + ".txt"));
        }
    }

    private static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("en-wikinews-.*\\.txt"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    private static Set<String> heldOutArticles() throws IOException {
        Set<String> names = new HashSet<>();
        for (String dir : List.of("src/test/resources/heldout", "src/test/resources/heldout-test")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt.gold.json"))
                        .forEach(n -> names.add(n.substring(0, n.length() - ".gold.json".length())));
            }
        }
        if (names.size() != 14) {
            throw new IllegalStateException("expected 14 held-out articles, found " + names.size());
        }
        return names;
    }

    private static List<Candidate> tag(TokenNameFinderModel model, List<Path> articles, Set<String> excluded)
            throws IOException {
        NlpAnnotator nlp = new NlpAnnotator();
        NameFinderME finder = new NameFinderME(model);
        Set<String> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        int order = 0;
        for (int a = 0; a < articles.size(); a++) {
            Path file = articles.get(a);
            if (excluded.contains(file.getFileName().toString())) {
                continue;
            }
            Analysis analysis = new Analysis(new Document(file.toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
            nlp.annotate(analysis);
            finder.clearAdaptiveData();
            for (Sentence s : analysis.sentences()) {
                String[] tokens = analysis.tokens(s).stream().map(Token::text).toArray(String[]::new);
                Span[] names = finder.find(tokens);
                double[] probs = finder.probs();
                String line = candidateLine(tokens, names);
                if (line != null && seen.add(line)) {
                    CRC32 crc = new CRC32();
                    crc.update(line.getBytes(StandardCharsets.UTF_8));
                    out.add(new Candidate(a, order++, line, Arrays.stream(probs).min().orElse(0), crc.getValue()));
                }
            }
        }
        return out;
    }

    /** The sentence in training markup, or null when it is no candidate (length, no name, misc, markup). */
    private static String candidateLine(String[] tokens, Span[] names) {
        if (tokens.length < MIN_TOKENS || tokens.length > MAX_TOKENS || names.length == 0
                || Arrays.stream(names).anyMatch(n -> "misc".equals(n.getType()))
                || Arrays.stream(tokens).anyMatch(t -> t.contains("<START") || t.contains("<END>") || t.isBlank())) {
            return null;
        }
        StringBuilder line = new StringBuilder();
        int next = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (next < names.length && names[next].getStart() == i) {
                line.append("<START:").append(names[next].getType()).append("> ");
            }
            line.append(tokens[i]).append(' ');
            if (next < names.length && names[next].getEnd() == i + 1) {
                line.append("<END> ");
                next++;
            }
        }
        return line.toString().trim();
    }

    /** A probability, or {@code N%}: the min-prob of the candidate below which N% of all candidates lie. */
    private static double threshold(List<Candidate> all, String arg) {
        if (!arg.endsWith("%")) {
            return Double.parseDouble(arg);
        }
        double[] sorted = all.stream().mapToDouble(Candidate::minProb).sorted().toArray();
        int pct = Integer.parseInt(arg.substring(0, arg.length() - 1));
        return sorted[Math.min(sorted.length - 1, sorted.length * pct / 100)];
    }

    private static void printHistogram(List<Candidate> all) {
        double[] sorted = all.stream().mapToDouble(Candidate::minProb).sorted().toArray();
        for (int pct : new int[] {10, 25, 50, 60, 70, 75, 80, 90, 95}) {
            System.err.printf(Locale.ROOT, "min prob, %d%% of candidates below: %.4f%n", pct,
                    sorted[Math.min(sorted.length - 1, sorted.length * pct / 100)]);
        }
    }

    private static void write(List<Candidate> confident, int size, Path file) throws IOException {
        if (confident.size() < size) {
            throw new IllegalStateException("only " + confident.size() + " confident sentences for size " + size);
        }
        List<Candidate> chosen = confident.stream()
                .sorted(Comparator.comparingLong(Candidate::crc).thenComparingInt(Candidate::order))
                .limit(size)
                .sorted(Comparator.comparingInt(Candidate::order))
                .toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0 && chosen.get(i).article() != chosen.get(i - 1).article()) {
                lines.add("");
            }
            lines.add(chosen.get(i).line());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "wrote %s: %d sentences%n", file, size);
    }
}
