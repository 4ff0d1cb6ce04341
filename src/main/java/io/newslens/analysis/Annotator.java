package io.newslens.analysis;

import java.util.Set;

/**
 * One stage of the analysis: reads the layers it requires and adds the ones it produces.
 *
 * <p>Instances may keep per-thread state (OpenNLP ME classes are not thread-safe): the
 * {@link Analyzer} creates one instance per worker thread from an {@link AnnotatorFactory}
 * and never shares an instance between threads.
 */
public interface Annotator {
    Set<Layer> requires();

    Set<Layer> produces();

    void annotate(Analysis analysis);
}
