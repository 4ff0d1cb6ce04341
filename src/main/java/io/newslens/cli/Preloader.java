package io.newslens.cli;

import io.newslens.entities.Gazetteer;
import io.newslens.nlp.Models;
import io.newslens.sentiment.TargetSentimentClassifier;
import java.util.Arrays;

/**
 * Starts loading, on daemon threads, the models a document subcommand is about to need, while
 * the command line is still being parsed; returns at once.
 *
 * <p>Why: a one-article run is mostly JVM start, command-line parsing and model loading, one
 * model after the other. On two or more cores the loads overlap each other and the parsing;
 * a stage that asks for a model still loading waits for it (the holders' class initialisation
 * is the lock). Only what the command needs is loaded: {@code entities} and {@code quotes} never
 * touch the sentiment model. A load that fails here fails again, with its message, where the
 * model is used.
 */
final class Preloader {
    private Preloader() {
    }

    /** Starts the loads for {@code args} when they run a document subcommand; else does nothing. */
    static void start(String[] args) {
        if (args.length == 0 || asksForHelp(args)) {
            return;
        }
        switch (args[0]) {
            case "entities", "quotes" -> startNlp();
            case "sentiment", "analyze" -> {
                startNlp();
                daemon("newslens-preload-sentiment", TargetSentimentClassifier::shipped);
            }
            default -> {
            }
        }
    }

    /** The name finder, the longest load, gets a thread of its own; the small models share one. */
    private static void startNlp() {
        daemon("newslens-preload-name-finder", Pipelines::loadNameFinder);
        daemon("newslens-preload-pos", Models::pos);
        daemon("newslens-preload-tokens", () -> {
            Models.sentences();
            Models.tokens();
            Gazetteer.shared();
        });
    }

    private static boolean asksForHelp(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V")
                || a.equals("--version"));
    }

    private static void daemon(String name, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException | LinkageError e) {
                // Reported by the stage that needs it.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
