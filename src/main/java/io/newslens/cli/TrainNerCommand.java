package io.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.newslens.entities.NameFinderEvaluator;
import io.newslens.entities.NameFinderModels;
import io.newslens.entities.NameFinderPruner;
import io.newslens.entities.NameFinderTrainer;
import io.newslens.entities.NerRecipe;
import io.newslens.entities.ShippedFeatures;
import io.newslens.entities.WordClusterBuilder;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newslens train-ner}: reproduces the shipped name-finder model from the open NER data,
 * or, with {@code --eval}, trains without the held-out sets and prints their span F1.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the English name-finder model from OpenNLP-format NER data.",
            "Needs several GB of heap (java -Xmx6g) and a few minutes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:model written", "1:training or evaluation failed", "2:usage error"})
public final class TrainNerCommand implements Callable<Integer> {
    /** Types all three held-out sets annotate; misc exists only in wikigold. */
    private static final Set<String> SHARED_TYPES = Set.of("person", "location", "organization");

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "NER data folder (../shared/data/ner layout: wikigold/, uner-ewt/, btc/).")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
    private Path out;

    @Option(names = "--eval", description = "Hold out uner-ewt/test, btc/test and the last 15%% of "
            + "wikigold's documents, train on the rest, and print span F1 on them.")
    private boolean eval;

    @Option(names = "--features", paramLabel = "XML",
            description = "Feature-generator XML (resources it names are read from its folder). "
                    + "Default: the shipped one.")
    private Path features;

    @Option(names = "--gazetteer-features", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keep in the shipped feature set the feature marking tokens in a listed place or "
                    + "demonym (window ±1; the lists are stored in the model). On by default; "
                    + "--no-gazetteer-features trains the feature set before it, for comparison.")
    private boolean gazetteerFeatures;

    @Option(names = "--clusters-from", paramLabel = "DIR", split = ",",
            description = "Rebuild the shipped word clusters from these plain-text corpus folders "
                    + "(the shipped ones: ../shared/corpus/wikinews-en,../shared/corpus/wikinews-en-2019-2020) "
                    + "instead of using the copies in the jar.")
    private List<Path> clustersFrom;

    @Option(names = "--wikigold-copies", description = "Oversampling of wikigold (default: ${DEFAULT-VALUE}).")
    private int wikigoldCopies = NerRecipe.WIKIGOLD_COPIES;

    @Option(names = "--iterations", description = "Perceptron iterations (default: ${DEFAULT-VALUE}).")
    private int iterations = NameFinderTrainer.Settings.defaults().iterations();

    @Option(names = "--cutoff", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    private int cutoff = NameFinderTrainer.Settings.defaults().cutoff();

    @Option(names = "--upper-every",
            description = "Add an ALL-CAPS copy of every N-th sentence, 0 = none (default: ${DEFAULT-VALUE}).")
    private int upperEvery = NameFinderTrainer.Settings.defaults().upperEvery();

    @Option(names = "--prune-below", paramLabel = "W", split = ",", defaultValue = "" + NameFinderPruner.SHIPPED_BELOW,
            description = "After training, drop the features whose weights are all below W in absolute value "
                    + "(default: ${DEFAULT-VALUE}; 0 keeps all). With --eval, several comma-separated values "
                    + "score each one from the same training run and write MODEL-below-W.bin for each.")
    private List<Double> pruneBelow;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("newslens-train-ner");
        try {
            return train(work);
        } finally {
            deleteRecursively(work);
        }
    }

    private int train(Path work) throws IOException {
        if (features != null && clustersFrom != null) {
            throw new ParameterException(spec.commandLine(),
                    "--clusters-from rebuilds the shipped feature set's clusters; it cannot be combined with --features");
        }
        if (features != null && !gazetteerFeatures) {
            throw new ParameterException(spec.commandLine(),
                    "--no-gazetteer-features changes the shipped feature set; it cannot be combined with --features");
        }
        checkPruneBelow();
        Path xml = features != null ? features : ShippedFeatures.copyTo(work.resolve("features"), gazetteerFeatures);
        if (clustersFrom != null) {
            WordClusterBuilder.buildShipped(clustersFrom, xml.toAbsolutePath().getParent());
        }
        NerRecipe recipe = eval ? NerRecipe.heldOut(data, wikigoldCopies, work)
                : NerRecipe.shipped(data, wikigoldCopies);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("newslens: training on %d files%n", recipe.training().size());
        err.flush();
        long t0 = System.nanoTime();
        TokenNameFinderModel model = new NameFinderTrainer(
                new NameFinderTrainer.Settings(iterations, cutoff, upperEvery)).train(recipe.training(), xml);
        err.printf("newslens: trained in %.0f s, %d features%n", (System.nanoTime() - t0) / 1e9,
                NameFinderPruner.predicateCount(model));
        for (double below : pruneBelow) {
            TokenNameFinderModel pruned = new NameFinderPruner(below).prune(model);
            Path file = pruneBelow.size() == 1 ? out : withSuffix(out, "-below-" + below);
            NameFinderModels.save(pruned, file);
            err.printf("newslens: pruned below %s: %d features, wrote %s (%d bytes)%n",
                    below, NameFinderPruner.predicateCount(pruned), file, Files.size(file));
            err.flush();
            printScores(pruned, new TreeMap<>(recipe.heldOut()), "below " + below);
        }
        return 0;
    }

    private void checkPruneBelow() {
        if (pruneBelow.size() > 1 && !eval) {
            throw new ParameterException(spec.commandLine(), "several --prune-below values need --eval");
        }
        if (pruneBelow.stream().anyMatch(w -> !(w >= 0) || w.isInfinite())) {
            throw new ParameterException(spec.commandLine(), "--prune-below must be a finite number >= 0: " + pruneBelow);
        }
    }

    private static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + suffix + (dot > 0 ? name.substring(dot) : ""));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void printScores(TokenNameFinderModel model, Map<String, Path> tests, String label) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        NameFinderEvaluator evaluator = new NameFinderEvaluator(Set.of());
        NameFinderEvaluator shared = new NameFinderEvaluator(SHARED_TYPES);
        for (Map.Entry<String, Path> test : tests.entrySet()) {
            NameFinderEvaluator.Result all = evaluator.evaluate(model, test.getValue());
            NameFinderEvaluator.Score overall = shared.evaluate(model, test.getValue()).overall();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s %-18s P %5.1f R %5.1f F1 %5.1f",
                    label, test.getKey(), 100 * overall.precision(), 100 * overall.recall(), 100 * overall.f1()));
            all.byType().forEach((type, s) -> row.append(String.format(Locale.ROOT, " | %s %5.1f", type, 100 * s.f1())));
            out.println(row);
        }
        out.flush();
    }
}
