package io.newslens.cli;

import io.newslens.sentiment.Evaluation;
import io.newslens.sentiment.FeatureGroup;
import io.newslens.sentiment.LabelledTarget;
import io.newslens.sentiment.NewsMtscReader;
import io.newslens.sentiment.SentimentEvaluator;
import io.newslens.sentiment.SentimentTrainer;
import io.newslens.sentiment.TargetSentimentClassifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-sentiment}: trains the target sentiment model from NewsMTSC JSON Lines and
 * prints macro-F1 on held-out train data and on evaluation files (one line each, on stdout).
 */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
        description = "Train the target sentiment model from NewsMTSC JSON Lines "
                + "(reproduces the shipped model with the defaults).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:model trained", "1:cannot read the data or write the model", "2:usage error"})
final class TrainSentimentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data (train.jsonl).")
    private Path data;

    @Option(names = "--out", paramLabel = "MODEL", description = "Where to write the model (gzip).")
    private Path out;

    @Option(names = "--eval", arity = "1..*", paramLabel = "FILE",
            description = "Labelled JSON Lines to report macro-F1 on (e.g. dev-rw.jsonl dev-mt.jsonl).")
    private List<Path> eval = new ArrayList<>();

    @Option(names = "--features", split = ",", paramLabel = "GROUP",
            description = "Feature groups (default: all): ${COMPLETION-CANDIDATES}.")
    private Set<FeatureGroup> features = EnumSet.allOf(FeatureGroup.class);

    @Option(names = "--runs", paramLabel = "N",
            description = "Trainings with different shuffle seeds averaged into one model (default: ${DEFAULT-VALUE}).")
    private int runs = SentimentTrainer.Settings.defaults().runs();

    @Option(names = "--cv", paramLabel = "K",
            description = "Also report K-fold cross-validation over the training data (folds by sentence).")
    private Integer cv;

    @Option(names = "--holdout", paramLabel = "PERCENT",
            description = "Also train on all but PERCENT%% of the sentences and report on the rest.")
    private Integer holdout;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (cv != null && (cv < 2 || cv > 20)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv must be in 2..20, got " + cv);
        }
        if (runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, got " + runs);
        }
        SentimentTrainer trainer = new SentimentTrainer(
                SentimentTrainer.Settings.defaults().withGroups(features).withRuns(runs));
        try {
            List<LabelledTarget> targets = read(data);
            if (holdout != null) {
                SentimentTrainer.Split split = SentimentTrainer.holdoutSplit(targets, holdout);
                Evaluation e = SentimentEvaluator.evaluate(trainer.train(split.train()), split.heldOut());
                stdout.printf(Locale.ROOT, "held-out %d%% of %s: %s%n", holdout, data.getFileName(), e.summary());
            }
            if (cv != null) {
                SentimentTrainer.CrossValidation r = trainer.crossValidate(targets, cv);
                StringBuilder folds = new StringBuilder();
                for (Evaluation e : r.folds()) {
                    folds.append(String.format(Locale.ROOT, " %.4f", e.macroF1()));
                }
                stdout.printf(Locale.ROOT, "%d-fold CV on %s: %s  fold-mean %.4f  folds%s%n", cv,
                        data.getFileName(), r.pooled().summary(), r.foldMeanMacroF1(), folds);
            }
            long start = System.nanoTime();
            TargetSentimentClassifier classifier = trainer.train(targets);
            stderr.printf(Locale.ROOT, "newslens: trained on %d targets in %.1f s%n", targets.size(),
                    (System.nanoTime() - start) / 1e9);
            if (out != null) {
                write(classifier, out);
            }
            for (Path file : eval) {
                Evaluation e = SentimentEvaluator.evaluate(classifier, read(file));
                stdout.printf("%s: %s%n", file.getFileName(), e.summary());
            }
            stdout.flush();
            return 0;
        } catch (IOException e) {
            stderr.println("newslens: " + e.getMessage());
            return 1;
        }
    }

    private static List<LabelledTarget> read(Path file) throws IOException {
        try {
            return NewsMtscReader.read(file);
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read '" + file + "': no such file", e);
        }
    }

    private static void write(TargetSentimentClassifier classifier, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(file)) {
            classifier.save(o);
        } catch (IOException e) {
            throw new IOException("cannot write '" + file + "': " + e.getMessage(), e);
        }
    }
}
