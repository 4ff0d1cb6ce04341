package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.BaseModel;

/**
 * Drops the predicates of a perceptron name finder whose weights are all small, and repackages
 * the model with the same feature-generator XML, resources, codec and beam size.
 *
 * <p>Contract: a predicate (feature) is kept when at least one of its weights is nonzero and has
 * an absolute value of at least {@code below}; kept predicates keep all their weights.
 * {@code below = 0} keeps every predicate the model file would store anyway (OpenNLP's writer
 * drops those whose weights are all zero). The result's manifest records the threshold as
 * {@value #MANIFEST_KEY}.
 *
 * <p>Why: loading parses every predicate name into a hash map, which is most of the load time;
 * a predicate whose largest weight is small barely moves any outcome's score, while half of the
 * unpruned model's predicates have a largest weight under 1.7. Why whole predicates rather than
 * single weights: the load cost is per predicate, not per weight.
 */
public final class NameFinderPruner {
    /** Threshold of the shipped model (see docs/ner-results.md). */
    public static final double SHIPPED_BELOW = 1.5;
    /** Manifest entry holding the threshold a model was pruned with. */
    public static final String MANIFEST_KEY = "Pruned-Below";
    private static final String PERCEPTRON_ENTRY = "nameFinder.model";
    private static final String FEATURES_ENTRY = "generator.featuregen";
    private static final List<String> KEPT_MANIFEST = List.of("TrainerType", BaseModel.TRAINING_EVENTHASH_PROPERTY);

    private final double below;

    public NameFinderPruner(double below) {
        if (!(below >= 0) || Double.isInfinite(below)) {
            throw new IllegalArgumentException("below must be a finite number >= 0: " + below);
        }
        this.below = below;
    }

    /** The pruned copy of {@code model}; the input is not changed. */
    public TokenNameFinderModel prune(TokenNameFinderModel model) throws IOException {
        if (!(model.getArtifact(PERCEPTRON_ENTRY) instanceof PerceptronModel perceptron)) {
            throw new IllegalArgumentException("model: not a perceptron name finder");
        }
        ClusterFeatureGeneratorFactory.allow();
        Object[] data = perceptron.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = new TreeMap<>((Map<String, Context>) data[1]);
        List<String> names = new ArrayList<>();
        List<Context> weights = new ArrayList<>();
        predicates.forEach((name, context) -> {
            double largest = largest(context);
            if (largest > 0 && largest >= below) {
                names.add(name);
                weights.add(context);
            }
        });
        PerceptronModel pruned = new PerceptronModel(weights.toArray(Context[]::new),
                names.toArray(String[]::new), (String[]) data[2]);
        return repackage(model, pruned);
    }

    /** Number of predicates in a perceptron name finder. */
    public static int predicateCount(TokenNameFinderModel model) {
        PerceptronModel perceptron = (PerceptronModel) model.getArtifact(PERCEPTRON_ENTRY);
        return ((Map<?, ?>) perceptron.getDataStructures()[1]).size();
    }

    private static double largest(Context context) {
        double max = 0;
        for (double w : context.getParameters()) {
            max = Math.max(max, Math.abs(w));
        }
        return max;
    }

    private TokenNameFinderModel repackage(TokenNameFinderModel model, PerceptronModel pruned) throws IOException {
        byte[] features = model.getArtifact(FEATURES_ENTRY);
        Map<String, Object> resources = new HashMap<>();
        for (String name : GeneratorFactory.extractArtifactSerializerMappings(
                new ByteArrayInputStream(features)).keySet()) {
            resources.put(name, model.getArtifact(name));
        }
        Map<String, String> manifest = new HashMap<>();
        for (String key : KEPT_MANIFEST) {
            if (model.getManifestProperty(key) != null) {
                manifest.put(key, model.getManifestProperty(key));
            }
        }
        manifest.put(MANIFEST_KEY, Double.toString(below));
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        // Not model.getSequenceCodec(): on a model loaded from a file that answers BIO, whatever
        // the manifest says; the factory reads the manifest.
        SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        TokenNameFinderFactory factory = new TokenNameFinderFactory(features, resources, codec);
        return new TokenNameFinderModel(model.getLanguage(), pruned, beamSize, features, resources,
                manifest, codec, factory);
    }
}
