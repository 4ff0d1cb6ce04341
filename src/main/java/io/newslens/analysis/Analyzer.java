package io.newslens.analysis;

import io.newslens.io.Document;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one entry point for analysing documents: runs just the stages that produce the wanted
 * layers and those they need, in pipeline order.
 *
 * <p>Thread-safe: each thread gets its own annotator instances (OpenNLP {@code *ME} classes
 * are not thread-safe), made on first use, so a run that asks only for entities never loads
 * the sentiment model.
 */
public final class Analyzer {
    private final List<AnnotatorFactory> pipeline;
    private final ThreadLocal<Map<AnnotatorFactory, Annotator>> instances =
            ThreadLocal.withInitial(HashMap::new);

    /** @param pipeline the stages in the order they must run */
    public Analyzer(List<AnnotatorFactory> pipeline) {
        this.pipeline = List.copyOf(Objects.requireNonNull(pipeline, "pipeline"));
        checkOrder();
    }

    /** Analyses {@code document} far enough to hold every layer of {@code wanted}. */
    public Analysis analyze(Document document, Set<Layer> wanted) {
        Analysis analysis = new Analysis(document);
        for (AnnotatorFactory stage : plan(wanted)) {
            instance(stage).annotate(analysis);
        }
        return analysis;
    }

    /** Every layer this pipeline can produce: a layer outside it (a stage not built yet) is never there. */
    public Set<Layer> layers() {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        pipeline.forEach(stage -> layers.addAll(stage.produces()));
        return layers;
    }

    /** Loads every model the wanted layers need, so that a later first document is not slow. */
    public void warmUp(Set<Layer> wanted) {
        plan(wanted).forEach(this::instance);
    }

    private Annotator instance(AnnotatorFactory stage) {
        return instances.get().computeIfAbsent(stage, Analyzer::create);
    }

    /**
     * Makes one instance, checking that it declares the layers its factory does: the plan is
     * made from the factory's, so a stage that grew a new input must not run without it.
     */
    private static Annotator create(AnnotatorFactory stage) {
        Annotator annotator = stage.create().get();
        if (!annotator.requires().equals(stage.requires()) || !annotator.produces().equals(stage.produces())) {
            throw new IllegalStateException("pipeline: " + annotator.getClass().getSimpleName() + " requires "
                    + annotator.requires() + " and produces " + annotator.produces() + ", but its factory says "
                    + stage.requires() + " and " + stage.produces());
        }
        return annotator;
    }

    private List<AnnotatorFactory> plan(Set<Layer> wanted) {
        Set<Layer> needed = EnumSet.noneOf(Layer.class);
        needed.addAll(wanted);
        List<AnnotatorFactory> chosen = new ArrayList<>();
        for (int i = pipeline.size() - 1; i >= 0; i--) {
            AnnotatorFactory stage = pipeline.get(i);
            if (stage.produces().stream().anyMatch(needed::contains)) {
                chosen.add(0, stage);
                needed.addAll(stage.requires());
            }
        }
        return chosen;
    }

    private void checkOrder() {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (AnnotatorFactory stage : pipeline) {
            if (!available.containsAll(stage.requires())) {
                throw new IllegalArgumentException("pipeline: a stage needs " + stage.requires()
                        + " but only " + available + " come before it");
            }
            available.addAll(stage.produces());
        }
    }
}
