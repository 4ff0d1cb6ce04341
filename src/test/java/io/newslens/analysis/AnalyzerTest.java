package io.newslens.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newslens.io.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private final List<String> ran = new ArrayList<>();

    @Test
    void runsOnlyTheStagesTheWantedLayersNeedInPipelineOrder() {
        Analyzer analyzer = new Analyzer(List.of(
                stage("nlp", Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS)),
                stage("mentions", Set.of(Layer.TOKENS), Set.of(Layer.MENTIONS)),
                stage("targets", Set.of(Layer.SENTENCES), Set.of(Layer.TARGETS)),
                stage("entities", Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES))));

        analyzer.analyze(new Document("d", "Text."), Set.of(Layer.ENTITIES));

        assertThat(ran).containsExactly("nlp", "mentions", "entities");
    }

    @Test
    void makesEachStageOncePerThread() {
        List<String> made = new ArrayList<>();
        Analyzer analyzer = new Analyzer(List.of(new AnnotatorFactory(Set.of(), Set.of(Layer.TOKENS), () -> {
            made.add("nlp");
            return new Recording("nlp", Set.of(), Set.of(Layer.TOKENS));
        })));

        analyzer.analyze(new Document("a", "One."), Set.of(Layer.TOKENS));
        analyzer.analyze(new Document("b", "Two."), Set.of(Layer.TOKENS));

        assertThat(made).containsExactly("nlp");
    }

    @Test
    void refusesAStageBeforeTheLayersItNeeds() {
        assertThatThrownBy(() -> new Analyzer(List.of(
                stage("entities", Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES)),
                stage("mentions", Set.of(), Set.of(Layer.MENTIONS)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs [MENTIONS]");
    }

    @Test
    void refusesAnAnnotatorWhoseLayersDifferFromItsFactorys() {
        Analyzer analyzer = new Analyzer(List.of(
                stage("nlp", Set.of(), Set.of(Layer.SENTENCES, Layer.TOKENS)),
                new AnnotatorFactory(Set.of(Layer.TOKENS), Set.of(Layer.MENTIONS),
                        () -> new Recording("mentions", Set.of(Layer.TOKENS, Layer.SENTENCES), Set.of(Layer.MENTIONS)))));

        assertThatThrownBy(() -> analyzer.analyze(new Document("d", "Text."), Set.of(Layer.MENTIONS)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Recording requires")
                .hasMessageContaining("but its factory says [TOKENS]");
    }

    private AnnotatorFactory stage(String name, Set<Layer> requires, Set<Layer> produces) {
        return new AnnotatorFactory(requires, produces, () -> new Recording(name, requires, produces));
    }

    /** A stage that only notes that it ran. */
    private final class Recording implements Annotator {
        private final String name;
        private final Set<Layer> requires;
        private final Set<Layer> produces;

        Recording(String name, Set<Layer> requires, Set<Layer> produces) {
            this.name = name;
            this.requires = requires;
            this.produces = produces;
        }

        @Override
        public Set<Layer> requires() {
            return requires;
        }

        @Override
        public Set<Layer> produces() {
            return produces;
        }

        @Override
        public void annotate(Analysis analysis) {
            ran.add(name);
        }
    }
}
