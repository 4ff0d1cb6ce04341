package io.newslens.entities;

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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * {@link CompactPerceptron} scores, tags and writes exactly as OpenNLP's perceptron, and a
 * corrupt model gives an {@link IOException}, never another exception.
 */
class CompactPerceptronTest {
    private static byte[] shipped;
    private static PerceptronModel openNlp;
    private static CompactPerceptron compact;

    @BeforeAll
    static void loadShippedPerceptronBothWays() throws IOException {
        shipped = shippedEntry("nameFinder.model");
        openNlp = (PerceptronModel) readWithOpenNlp(shipped);
        compact = CompactPerceptron.read(new ByteArrayInputStream(shipped));
    }

    @Test
    void writesTheShippedPerceptronBackByteForByte() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        compact.write(written);

        assertThat(written.toByteArray()).isEqualTo(shipped);
        assertThat(compact.predicateCount()).isEqualTo(NameFinderPruner.predicateCount(loadedByOpenNlp()));
    }

    @Test
    void scoresRandomContextsExactlyAsOpenNlp() {
        @SuppressWarnings("unchecked")
        List<String> predicates = new ArrayList<>(((Map<String, Context>) openNlp.getDataStructures()[1]).keySet());
        predicates.sort(null);
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String[] context = new String[random.nextInt(60)];
            for (int j = 0; j < context.length; j++) {
                context[j] = random.nextInt(10) == 0 ? "unseen=" + random.nextInt()
                        : predicates.get(random.nextInt(predicates.size()));
            }
            assertThat(compact.eval(context)).containsExactly(openNlp.eval(context));
            assertThat(compact.getBestOutcome(compact.eval(context)))
                    .isEqualTo(openNlp.getBestOutcome(openNlp.eval(context)));
        }
        assertThat(compact.getNumOutcomes()).isEqualTo(openNlp.getNumOutcomes());
        for (int o = 0; o < compact.getNumOutcomes(); o++) {
            assertThat(compact.getOutcome(o)).isEqualTo(openNlp.getOutcome(o));
            assertThat(compact.getIndex(openNlp.getOutcome(o))).isEqualTo(o);
        }
    }

    @Test
    void shippedModelTagsSentencesExactlyAsOpenNlpLoadsIt() throws IOException {
        TokenNameFinderModel fast = NameFinderModels.loadShipped();
        TokenNameFinderModel plain = loadedByOpenNlp();
        NameFinderME fastFinder = new NameFinderME(fast);
        NameFinderME plainFinder = new NameFinderME(plain);
        for (String sentence : List.of(
                "Secretary of State Mike Pompeo met Justin Trudeau in Ottawa on Tuesday .",
                "THE ISLAMIC REVOLUTIONARY GUARD CORPS SAID IT WOULD RESPOND .",
                "Tesco sold its 301 Polish stores to Salling Group for £ 181 million .",
                "Gov. Andrew Cuomo told reporters in Albany that the New York Stock Exchange would reopen .")) {
            String[] tokens = sentence.split(" ");
            Span[] expected = plainFinder.find(tokens);
            assertThat(fastFinder.find(tokens)).containsExactly(expected);
            assertThat(fastFinder.probs()).containsExactly(plainFinder.probs());
        }
    }

    @Test
    void rejectsAModelOfAnotherKind() {
        byte[] gis = tinyModelBytes();
        gis[2] = 'X';

        assertThatThrownBy(() -> CompactPerceptron.read(new ByteArrayInputStream(gis)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a perceptron model");
    }

    /** Every truncation and random byte changes of a tiny model: a model or an IOException. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void corruptModelsFailWithAnIoException(long seed) {
        byte[] valid = tinyModelBytes();
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            byte[] corrupt = Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            for (int k = random.nextInt(4); k > 0 && corrupt.length > 0; k--) {
                corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
            }
            assertThatCode(() -> {
                try {
                    CompactPerceptron.read(new ByteArrayInputStream(corrupt)).eval(new String[] {"a", "b", "zz"});
                } catch (IOException expected) {
                    // a corrupt model is reported as such
                }
            }).as("seed %d, case %d", seed, i).doesNotThrowAnyException();
        }
    }

    private static byte[] tinyModelBytes() {
        Context[] params = {
            new Context(new int[] {0, 1}, new double[] {0.5, -0.25}),
            new Context(new int[] {1}, new double[] {2.0}),
            new Context(new int[] {0, 1, 2}, new double[] {1.0, 1.5, -3.0})};
        PerceptronModel model = new PerceptronModel(params, new String[] {"a", "b", "c"},
                new String[] {"x", "y", "other"});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new GenericModelWriter(model, new DataOutputStream(bytes)).persist();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void tinyModelScoresAsOpenNlp() throws IOException {
        byte[] bytes = tinyModelBytes();
        AbstractModel expected = readWithOpenNlp(bytes);
        CompactPerceptron tiny = CompactPerceptron.read(new ByteArrayInputStream(bytes));

        for (String[] context : List.of(new String[] {"a"}, new String[] {"a", "b", "c", "d"}, new String[] {},
                new String[] {"c", "c"})) {
            assertThat(tiny.eval(context)).containsExactly(expected.eval(context));
        }
    }

    /** The shipped model package as OpenNLP reads it, perceptron included. */
    private static TokenNameFinderModel loadedByOpenNlp() throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        try (InputStream in = NameFinderModels.class.getResourceAsStream(NameFinderModels.SHIPPED)) {
            return new TokenNameFinderModel(in);
        }
    }

    private static AbstractModel readWithOpenNlp(byte[] bytes) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }

    private static byte[] shippedEntry(String name) throws IOException {
        try (InputStream in = NameFinderModels.class.getResourceAsStream(NameFinderModels.SHIPPED);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in the shipped model");
    }
}
