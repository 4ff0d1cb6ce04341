package io.newslens.analysis;

import java.util.Set;
import java.util.function.Supplier;

/**
 * What a stage needs and adds, and how to make one instance of it.
 *
 * <p>Why not ask an instance: making one may load a model, and the {@link Analyzer} must plan
 * which stages to run before it pays for any of them.
 */
public record AnnotatorFactory(Set<Layer> requires, Set<Layer> produces, Supplier<Annotator> create) {
    public AnnotatorFactory {
        requires = Set.copyOf(requires);
        produces = Set.copyOf(produces);
    }
}
