package io.newslens.entities;

import java.util.Map;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Feature XML factory for {@link GazetteerFeatureGenerator}: {@code <str name="dict">NAME</str>}
 * names a {@link GazetteerDictionary} resource, read from the feature XML's folder when training
 * and stored in the model under that name, like the word clusters.
 *
 * <p>Why the lists come from the model and not from the jar's {@link Gazetteer}: a model must
 * see the phrases it was trained with, whatever the lists in the jar say later.
 *
 * <p>Named by class in the feature XML stored in models: renaming it breaks loading. OpenNLP
 * instantiates it only after {@link ClusterFeatureGeneratorFactory#allow()}.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            return null; // OpenNLP asks for the serializer mapping only; see WordClusterFeatureGeneratorFactory
        }
        String name = getStr("dict");
        if (!(resourceManager.getResource(name) instanceof GazetteerDictionary dictionary)) {
            throw new InvalidFormatException("not a gazetteer dictionary resource: " + name);
        }
        return new GazetteerFeatureGenerator(dictionary);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new GazetteerDictionary.Serializer());
    }
}
