package io.newslens.testing;

import io.newslens.analysis.Analysis;
import io.newslens.analysis.Analyzer;
import io.newslens.analysis.Layer;
import io.newslens.cli.Pipelines;
import io.newslens.io.Document;
import java.util.Set;

/**
 * The standard pipeline ({@link Pipelines#standard()}), shared by the tests of one JVM so the
 * models and gazetteers load once.
 */
public final class TestPipelines {
    private static Analyzer standard;

    private TestPipelines() {
    }

    /** The one analyzer of this test JVM; thread-safe like every {@link Analyzer}. */
    public static synchronized Analyzer standard() {
        if (standard == null) {
            standard = Pipelines.standard();
        }
        return standard;
    }

    /** Analyses {@code text} (id "test") up to entities. */
    public static Analysis entities(String text) {
        return standard().analyze(new Document("test", text), Set.of(Layer.ENTITIES));
    }
}
