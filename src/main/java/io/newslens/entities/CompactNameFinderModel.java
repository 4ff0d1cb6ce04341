package io.newslens.entities;

import io.newslens.nlp.CompactModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A name-finder model package whose perceptron ({@code nameFinder.model}) is read as a
 * {@link CompactModel}: tags exactly as the same file loaded by {@link TokenNameFinderModel},
 * and loads faster. Only perceptron models load this way.
 */
final class CompactNameFinderModel extends TokenNameFinderModel {
    CompactNameFinderModel(InputStream in) throws IOException {
        super(in);
    }

    /** Called by OpenNLP while the package is read: the {@code .model} entry gets our reader. */
    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put("model", new CompactModel.Serializer());
    }
}
