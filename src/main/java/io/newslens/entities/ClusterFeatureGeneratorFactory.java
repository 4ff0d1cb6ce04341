package io.newslens.entities;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * OpenNLP's word-cluster feature ({@code <str name="dict">}, {@code <bool name="lowerCase">})
 * with its dictionary stored as a {@link ClusterDictionary}, so the model can be saved.
 *
 * <p>Named by class in the feature XML, so OpenNLP instantiates it by reflection when a model is
 * trained or loaded; OpenNLP 2.5 only does that for packages registered with
 * {@link ExtensionLoader}, hence {@link #allow()} before either.
 */
public final class ClusterFeatureGeneratorFactory extends WordClusterFeatureGeneratorFactory {
    /** Lets OpenNLP instantiate this package's feature classes; idempotent, thread-safe. */
    public static void allow() {
        ExtensionLoader.registerAllowedPackage(ClusterFeatureGeneratorFactory.class.getPackageName());
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new ClusterDictionary.Serializer());
    }
}
