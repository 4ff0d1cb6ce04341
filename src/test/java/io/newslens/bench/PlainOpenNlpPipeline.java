package io.newslens.bench;

import io.newslens.nlp.Models;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The baseline of {@code scripts/bench}: plain OpenNLP sentences, tokens and POS tags over the
 * same files, with the same models and the same number of threads as newslens. Each model is read
 * by OpenNLP's own constructor, as a plain OpenNLP program would ({@link Models} reads the POS
 * model faster, which is newslens's own work).
 *
 * <p>Usage: {@code PlainOpenNlpPipeline [--jobs N] FILE|FOLDER...} (folders: every {@code *.txt},
 * recursive, sorted). Writes one line to stdout: {@code documents=D tokens=T seconds=S}, where
 * the time runs from the first model load to the last tag, so it compares with a whole newslens
 * run minus JVM start. Why a bounded window like newslens's runner: both hold the same number
 * of documents in memory, so peak RSS compares too.
 */
public final class PlainOpenNlpPipeline {
    private static final ThreadLocal<Tagger> TAGGER = ThreadLocal.withInitial(Tagger::new);

    private PlainOpenNlpPipeline() {
    }

    public static void main(String[] args) throws Exception {
        int jobs = Runtime.getRuntime().availableProcessors();
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jobs") || args[i].equals("-j")) {
                jobs = Integer.parseInt(args[++i]);
            } else {
                roots.add(Path.of(args[i]));
            }
        }
        long started = System.nanoTime();
        long[] counts = run(files(roots), jobs);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "documents=%d tokens=%d seconds=%.3f%n", counts[0], counts[1], seconds);
    }

    /** Tags every file; returns {documents, tokens}. */
    static long[] run(List<Path> files, int jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Integer>> window = new ArrayList<>();
        long documents = 0;
        long tokens = 0;
        try {
            for (Path file : files) {
                if (window.size() >= 4 * jobs) {
                    tokens += window.remove(0).get();
                    documents++;
                }
                window.add(pool.submit(() -> TAGGER.get().tag(read(file))));
            }
            for (Future<Integer> pending : window) {
                tokens += pending.get();
                documents++;
            }
        } finally {
            pool.shutdownNow();
        }
        return new long[] {documents, tokens};
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(root);
            }
        }
        return files;
    }

    /** The POS model as OpenNLP reads it, once per process. */
    private static final class PosHolder {
        static final POSModel MODEL = readPos();

        private static POSModel readPos() {
            try (InputStream in = Models.class.getResourceAsStream(Models.resource("pos"))) {
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One thread's OpenNLP instances ({@code *ME} classes are not thread-safe). */
    static final class Tagger {
        private final SentenceDetectorME sentences = new SentenceDetectorME(Models.sentences());
        private final TokenizerME tokenizer = new TokenizerME(Models.tokens());
        private final POSTaggerME tagger = new POSTaggerME(PosHolder.MODEL, POSTagFormat.UD);

        /** Tags {@code text}; returns the number of tokens. */
        int tag(String text) {
            int count = 0;
            for (String sentence : sentences.sentDetect(text)) {
                String[] words = tokenizer.tokenize(sentence);
                String[] tags = tagger.tag(words);
                count += tags.length;
            }
            return count;
        }
    }
}
