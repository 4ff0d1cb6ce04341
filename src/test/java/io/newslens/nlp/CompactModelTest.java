package io.newslens.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * {@link CompactModel} scores and writes exactly as OpenNLP's perceptron and GIS models, on the
 * shipped name finder (perceptron), the shipped POS tagger (GIS) and tiny models; a corrupt
 * model gives an {@link IOException}, never another exception.
 */
class CompactModelTest {
    @ParameterizedTest
    @CsvSource({"/io/newslens/entities/ner-en.bin, nameFinder.model", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin, pos.model"})
    void readsAShippedModelThatScoresAndWritesExactlyAsOpenNlp(String resource, String entry) throws IOException {
        byte[] bytes = entry(resource, entry);
        AbstractModel openNlp = readWithOpenNlp(bytes);
        CompactModel compact = CompactModel.read(new ByteArrayInputStream(bytes));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        compact.write(written);
        assertThat(written.toByteArray()).isEqualTo(bytes);
        @SuppressWarnings("unchecked")
        List<String> predicates = new ArrayList<>(((Map<String, Context>) openNlp.getDataStructures()[1]).keySet());
        assertThat(compact.predicateCount()).isEqualTo(predicates.size());
        assertScoresAlike(compact, openNlp, predicates, 2000);
    }

    @Test
    void tinyModelsScoreAsOpenNlpForEveryContext() throws IOException {
        for (AbstractModel model : List.of(tinyPerceptron(), tinyGis())) {
            AbstractModel expected = readWithOpenNlp(bytes(model));
            CompactModel tiny = CompactModel.read(new ByteArrayInputStream(bytes(model)));

            assertScoresAlike(tiny, expected, List.of("a", "b", "c"), 200);
            assertThat(tiny.eval(new String[] {})).containsExactly(expected.eval(new String[] {}));
            assertThat(tiny.eval(new String[] {"a", "c"}, new float[] {0.5f, 2f}))
                    .containsExactly(expected.eval(new String[] {"a", "c"}, new float[] {0.5f, 2f}));
        }
    }

    @Test
    void rejectsAModelOfAnotherKind() {
        byte[] other = bytes(tinyPerceptron());
        other[2] = 'X';

        assertThatThrownBy(() -> CompactModel.read(new ByteArrayInputStream(other)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a perceptron or GIS model");
    }

    /** Truncations and random byte changes of tiny models: a model or an IOException, nothing else. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void corruptModelsFailWithAnIoException(long seed) {
        Random random = new Random(seed);
        for (byte[] valid : List.of(bytes(tinyPerceptron()), bytes(tinyGis()))) {
            for (int i = 0; i < 300; i++) {
                byte[] corrupt = Arrays.copyOf(valid, random.nextInt(valid.length + 1));
                for (int k = random.nextInt(4); k > 0 && corrupt.length > 0; k--) {
                    corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
                }
                assertThatCode(() -> {
                    try {
                        CompactModel.read(new ByteArrayInputStream(corrupt)).eval(new String[] {"a", "b", "zz"});
                    } catch (IOException expected) {
                        // a corrupt model is reported as such
                    }
                }).as("seed %d, case %d", seed, i).doesNotThrowAnyException();
            }
        }
    }

    /** Random contexts of known and unseen predicates get the same scores, outcome by outcome. */
    private static void assertScoresAlike(CompactModel compact, AbstractModel openNlp, List<String> predicates,
            int contexts) {
        List<String> sorted = new ArrayList<>(predicates);
        sorted.sort(null);
        Random random = new Random(7);
        for (int i = 0; i < contexts; i++) {
            String[] context = new String[random.nextInt(60)];
            for (int j = 0; j < context.length; j++) {
                context[j] = random.nextInt(10) == 0 ? "unseen=" + random.nextInt()
                        : sorted.get(random.nextInt(sorted.size()));
            }
            double[] expected = openNlp.eval(context);
            assertThat(compact.eval(context)).containsExactly(expected);
            assertThat(compact.getBestOutcome(compact.eval(context))).isEqualTo(openNlp.getBestOutcome(expected));
        }
        assertThat(compact.getNumOutcomes()).isEqualTo(openNlp.getNumOutcomes());
        for (int o = 0; o < compact.getNumOutcomes(); o++) {
            assertThat(compact.getOutcome(o)).isEqualTo(openNlp.getOutcome(o));
            assertThat(compact.getIndex(openNlp.getOutcome(o))).isEqualTo(o);
        }
    }

    private static Context[] tinyParameters() {
        return new Context[] {
            new Context(new int[] {0, 1}, new double[] {0.5, -0.25}),
            new Context(new int[] {1}, new double[] {2.0}),
            new Context(new int[] {0, 1, 2}, new double[] {1.0, 1.5, -3.0})};
    }

    private static AbstractModel tinyPerceptron() {
        return new PerceptronModel(tinyParameters(), new String[] {"a", "b", "c"}, new String[] {"x", "y", "other"});
    }

    private static AbstractModel tinyGis() {
        return new GISModel(tinyParameters(), new String[] {"a", "b", "c"}, new String[] {"x", "y", "other"});
    }

    private static byte[] bytes(AbstractModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new GenericModelWriter(model, new DataOutputStream(bytes)).persist();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static AbstractModel readWithOpenNlp(byte[] bytes) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }

    private static byte[] entry(String resource, String name) throws IOException {
        try (InputStream in = CompactModelTest.class.getResourceAsStream(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in " + resource);
    }
}
