package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Trains an OpenNLP name finder (perceptron, BILOU) from weighted files in OpenNLP format.
 *
 * <p>Contract: files are read as UTF-8, one sentence per line, {@code <START:type> ... <END>}
 * markup, empty lines between documents; each file is repeated {@link WeightedFile#copies()}
 * times, then every {@code upperEvery}-th sentence gets an ALL-CAPS copy
 * ({@link UppercaseAugmenter}). Resources named by the feature XML ({@code dict="..."}, e.g. word
 * clusters) are read from files of that name in the XML's folder and stored inside the model,
 * so the model needs nothing else at run time.
 *
 * <p>Why perceptron: on this data maxent (GIS) collapsed recall, see the data README. Why the
 * whole training set in memory: it is a few tens of MB of text, and the augmentation needs the
 * sentence count of the concatenation anyway.
 *
 * <p>Training takes minutes and several GB of heap with the shipped recipe. Instances are
 * immutable and thread-safe.
 */
public final class NameFinderTrainer {
    private final Settings settings;

    /** Training knobs; {@link #defaults()} is the recipe the shipped model is trained with. */
    public record Settings(int iterations, int cutoff, int upperEvery) {
        public Settings {
            if (iterations < 1 || cutoff < 0 || upperEvery < 0) {
                throw new IllegalArgumentException("bad settings: iterations=" + iterations
                        + " cutoff=" + cutoff + " upperEvery=" + upperEvery);
            }
        }

        public static Settings defaults() {
            return new Settings(100, 0, 5);
        }
    }

    public NameFinderTrainer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public NameFinderTrainer() {
        this(Settings.defaults());
    }

    /** Trains a model in memory. */
    public TokenNameFinderModel train(List<WeightedFile> files, Path featureXml) throws IOException {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(featureXml, "featureXml");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("files must not be empty");
        }
        ClusterFeatureGeneratorFactory.allow();
        byte[] features = Files.readAllBytes(featureXml);
        Map<String, Object> resources = loadResources(features, featureXml.toAbsolutePath().getParent());
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, new BilouCodec());
        List<String> lines = new UppercaseAugmenter(settings.upperEvery()).augment(readAll(files));
        try (ObjectStream<NameSample> samples =
                new NameSampleDataStream(ObjectStreamUtils.createObjectStream(lines))) {
            return NameFinderME.train("en", null, samples, parameters(), factory);
        }
    }

    private TrainingParameters parameters() {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, PerceptronTrainer.PERCEPTRON_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        return params;
    }

    private static List<String> readAll(List<WeightedFile> files) throws IOException {
        List<String> lines = new ArrayList<>();
        for (WeightedFile wf : files) {
            List<String> content = Files.readAllLines(wf.file(), StandardCharsets.UTF_8);
            for (int i = 0; i < wf.copies(); i++) {
                lines.addAll(content);
                lines.add("");
            }
        }
        return lines;
    }

    private static Map<String, Object> loadResources(byte[] features, Path folder) throws IOException {
        Map<String, ArtifactSerializer<?>> serializers =
                GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(features));
        Map<String, Object> resources = new HashMap<>();
        for (Map.Entry<String, ArtifactSerializer<?>> e : serializers.entrySet()) {
            try (InputStream in = Files.newInputStream(folder.resolve(e.getKey()))) {
                resources.put(e.getKey(), e.getValue().create(in));
            }
        }
        return resources;
    }
}
