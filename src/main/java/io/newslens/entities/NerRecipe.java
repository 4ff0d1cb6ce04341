package io.newslens.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which files of the open NER data folder ({@code ../shared/data/ner}) the name finder is
 * trained on, and which are held out to compare settings.
 *
 * <p>Why these sets: wikigold follows the CoNLL guidelines newswire uses, so it is oversampled;
 * UNER-EWT and BTC add volume and informal text. wnut17, GUM and CrossNER lowered held-out F1
 * (see the data README), so they are not used.
 *
 * @param training     files to train on, with their oversampling
 * @param heldOut      test sets by name, never in {@code training}; empty for the shipped recipe
 */
public record NerRecipe(List<WeightedFile> training, Map<String, Path> heldOut) {
    /** Wikigold oversampling of the shipped recipe (x5 scored lower on held-out data). */
    public static final int WIKIGOLD_COPIES = 3;
    /** Share of wikigold documents (taken from the end) held out for evaluation. */
    static final double WIKIGOLD_HELD_OUT = 0.15;

    public NerRecipe {
        training = List.copyOf(training);
        heldOut = Map.copyOf(heldOut);
    }

    /** The shipped model's recipe: every split of wikigold (x{@code wikigoldCopies}), UNER-EWT, BTC. */
    public static NerRecipe shipped(Path data, int wikigoldCopies) {
        Objects.requireNonNull(data, "data");
        return new NerRecipe(List.of(
                new WeightedFile(data.resolve("wikigold/wikigold.txt"), wikigoldCopies),
                WeightedFile.once(data.resolve("uner-ewt/train.txt")),
                WeightedFile.once(data.resolve("uner-ewt/dev.txt")),
                WeightedFile.once(data.resolve("uner-ewt/test.txt")),
                WeightedFile.once(data.resolve("btc/train.txt")),
                WeightedFile.once(data.resolve("btc/test.txt"))), Map.of());
    }

    /**
     * The same recipe with UNER-EWT test, BTC test and the last 15% of wikigold's documents held
     * out; the wikigold split is written to {@code work}.
     */
    public static NerRecipe heldOut(Path data, int wikigoldCopies, Path work) throws IOException {
        Objects.requireNonNull(data, "data");
        Files.createDirectories(Objects.requireNonNull(work, "work"));
        List<List<String>> docs = documents(data.resolve("wikigold/wikigold.txt"));
        int cut = (int) Math.round(docs.size() * (1 - WIKIGOLD_HELD_OUT));
        Path wgTrain = write(work.resolve("wikigold-train.txt"), docs.subList(0, cut));
        Path wgTest = write(work.resolve("wikigold-test.txt"), docs.subList(cut, docs.size()));
        return new NerRecipe(List.of(
                new WeightedFile(wgTrain, wikigoldCopies),
                WeightedFile.once(data.resolve("uner-ewt/train.txt")),
                WeightedFile.once(data.resolve("uner-ewt/dev.txt")),
                WeightedFile.once(data.resolve("btc/train.txt"))),
                Map.of("uner-ewt/test", data.resolve("uner-ewt/test.txt"),
                        "btc/test", data.resolve("btc/test.txt"),
                        "wikigold/last15%", wgTest));
    }

    private static List<List<String>> documents(Path file) throws IOException {
        List<List<String>> docs = new ArrayList<>();
        List<String> doc = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                if (!doc.isEmpty()) {
                    docs.add(doc);
                    doc = new ArrayList<>();
                }
            } else {
                doc.add(line);
            }
        }
        if (!doc.isEmpty()) {
            docs.add(doc);
        }
        return docs;
    }

    private static Path write(Path file, List<List<String>> docs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (List<String> doc : docs) {
            lines.addAll(doc);
            lines.add("");
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
