package io.newslens.bench;

import io.newslens.entities.NameFinderEvaluator;
import io.newslens.entities.NameFinderModels;
import io.newslens.entities.NameFinderPruner;
import io.newslens.entities.NameFinderTrainer;
import io.newslens.entities.NerRecipe;
import io.newslens.entities.ShippedFeatures;
import io.newslens.entities.WeightedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Scratch harness for the self-training experiment: {@code newslens train-ner --eval} (today's
 * defaults, pruned at 1.5) with one extra training file, scored on the same held-out splits and
 * printed in the same format.
 *
 * <p>Usage: {@code SelfTrainingEval DATA_DIR EXTRA_FILE COPIES OUT_MODEL}.
 */
public final class SelfTrainingEval {
    private static final Set<String> SHARED_TYPES = Set.of("person", "location", "organization");

    private SelfTrainingEval() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("newslens-selftrain-eval");
        NerRecipe base = NerRecipe.heldOut(Path.of(args[0]), NerRecipe.WIKIGOLD_COPIES, work);
        List<WeightedFile> training = new ArrayList<>(base.training());
        training.add(new WeightedFile(Path.of(args[1]), Integer.parseInt(args[2])));
        Path xml = ShippedFeatures.copyTo(work.resolve("features"));
        long t0 = System.nanoTime();
        TokenNameFinderModel model = new NameFinderTrainer().train(training, xml);
        System.err.printf(Locale.ROOT, "trained on %d files in %.0f s%n", training.size(), (System.nanoTime() - t0) / 1e9);
        TokenNameFinderModel pruned = new NameFinderPruner(NameFinderPruner.SHIPPED_BELOW).prune(model);
        NameFinderModels.save(pruned, Path.of(args[3]));
        NameFinderEvaluator all = new NameFinderEvaluator(Set.of());
        NameFinderEvaluator shared = new NameFinderEvaluator(SHARED_TYPES);
        for (Map.Entry<String, Path> test : new TreeMap<>(base.heldOut()).entrySet()) {
            NameFinderEvaluator.Score o = shared.evaluate(pruned, test.getValue()).overall();
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s P %5.1f R %5.1f F1 %5.1f",
                    test.getKey(), 100 * o.precision(), 100 * o.recall(), 100 * o.f1()));
            all.evaluate(pruned, test.getValue()).byType()
                    .forEach((type, s) -> row.append(String.format(Locale.ROOT, " | %s %5.1f", type, 100 * s.f1())));
            System.out.println(row);
        }
    }
}
