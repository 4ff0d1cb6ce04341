package io.newslens.repl;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Layer;
import io.newslens.batch.BatchRunner;
import io.newslens.io.Document;
import io.newslens.io.Input;
import io.newslens.io.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The documents loaded into a REPL session and a cache of their analyses, so that a document
 * is analysed once however many commands look at it.
 *
 * <p>Design decision: analyses are made lazily, when a command first needs them, and one
 * answers every later request for a subset of its layers (the analysis {@code docs} made,
 * with quotes, also serves {@code entities}). Only a layer no cached analysis holds runs the
 * pipeline again. Loading a document under an id already loaded replaces it and drops its
 * analyses. Thread-safe: the batch runner's workers fill the cache concurrently.
 */
public final class Workspace {
    private final Supplier<Analyzer> analyzer;
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, List<Analysis>> cache = new ConcurrentHashMap<>();

    /** @param analyzer the session's one analyzer, asked for only when a document is first analysed */
    public Workspace(Supplier<Analyzer> analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** What one {@link #load} read: how many documents, and the problems met instead of documents. */
    public record Loaded(int documents, List<Problem> problems) {
    }

    /** Adds the documents of {@code inputs}, in order. */
    public synchronized Loaded load(Iterator<Input> inputs) {
        List<Problem> problems = new ArrayList<>();
        int read = 0;
        while (inputs.hasNext()) {
            Input input = inputs.next();
            if (input instanceof Document document) {
                documents.remove(document.id());
                documents.put(document.id(), document);
                cache.remove(document.id());
                read++;
            } else {
                problems.add((Problem) input);
            }
        }
        return new Loaded(read, List.copyOf(problems));
    }

    /** The loaded documents, in the order they were loaded. */
    public synchronized List<Document> documents() {
        return List.copyOf(documents.values());
    }

    /** The loaded documents as a batch run's inputs. */
    public Iterator<Input> inputs() {
        return new ArrayList<Input>(documents()).iterator();
    }

    /**
     * The documents {@code reference} names: the one whose id it is, the one with that number
     * in {@link #documents()} (from 1), else every document whose id contains it, ignoring case.
     */
    public List<Document> find(String reference) {
        List<Document> all = documents();
        for (Document document : all) {
            if (document.id().equals(reference)) {
                return List.of(document);
            }
        }
        if (reference.matches("[1-9][0-9]{0,8}") && Integer.parseInt(reference) <= all.size()) {
            return List.of(all.get(Integer.parseInt(reference) - 1));
        }
        String wanted = reference.toLowerCase(Locale.ROOT);
        return all.stream().filter(d -> d.id().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    /** The layers the pipeline can produce: what {@link #shownLayers()} and commands may ask for. */
    public Set<Layer> available() {
        return analyzer.get().layers();
    }

    /** What the shell's own commands show: tokens and entities, and quotes and sentiment once those stages exist. */
    public Set<Layer> shownLayers() {
        Set<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.ENTITIES, Layer.QUOTES, Layer.SENTIMENT);
        layers.retainAll(available());
        return layers;
    }

    /** An analysis of {@code document} holding at least {@code layers}: from the cache, or made now and kept. */
    public Analysis analysis(Document document, Set<Layer> layers) {
        for (Analysis known : cache.getOrDefault(document.id(), List.of())) {
            if (known.document().equals(document) && layers.stream().allMatch(known::has)) {
                return known;
            }
        }
        Analysis fresh = analyzer.get().analyze(document, layers);
        cache.merge(document.id(), List.of(fresh), (old, added) -> {
            List<Analysis> both = new ArrayList<>(old);
            both.addAll(added);
            return List.copyOf(both);
        });
        return fresh;
    }

    /**
     * The analyses of every loaded document, in order, made in parallel where missing. A
     * document whose analysis fails is left out and its message handed to {@code failures}.
     *
     * @throws InterruptedException when the user cancels (Ctrl-C) while documents are analysed
     */
    public List<Analysis> analyses(Set<Layer> layers, Consumer<String> failures) throws Exception {
        List<Analysis> out = new ArrayList<>();
        int jobs = Runtime.getRuntime().availableProcessors();
        new BatchRunner<Analysis>(jobs, false).run(inputs(), document -> analysis(document, layers),
                new BatchRunner.Sink<>() {
                    @Override
                    public void done(Document document, Analysis analysis) {
                        out.add(analysis);
                    }

                    @Override
                    public void failed(String source, String message) {
                        failures.accept(message);
                    }
                });
        return out;
    }
}
