package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name finder's feature-generator XML and the resources it names, as shipped on the
 * classpath under {@code io/newslens/entities/}.
 *
 * <p>Why copy them to a folder: {@link NameFinderTrainer} reads the XML and its resources from
 * files, so a user can also train with a feature set of their own without touching the jar.
 */
public final class ShippedFeatures {
    static final String XML = "ner-features.xml";

    private ShippedFeatures() {
    }

    /** The gazetteer feature measured in docs/ner-results.md: places and demonyms, window ±1. */
    static final String GAZETTEER_GENERATOR = """
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="io.newslens.entities.GazetteerFeatureGeneratorFactory">
                  <str name="classes">place,demonym</str>
                </generator>
              </generator>
            """;

    /** Copies the XML and every resource it names into {@code dir}; returns the XML's path. */
    public static Path copyTo(Path dir) throws IOException {
        return copyTo(dir, false);
    }

    /**
     * As {@link #copyTo(Path)}; with {@code gazetteer}, the XML also gets
     * {@link #GAZETTEER_GENERATOR} (the shipped model is trained without it).
     */
    public static Path copyTo(Path dir, boolean gazetteer) throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        Files.createDirectories(dir);
        byte[] xml = read(XML);
        if (gazetteer) {
            String end = "</featureGenerators>";
            xml = new String(xml, StandardCharsets.UTF_8).replace(end, GAZETTEER_GENERATOR + end)
                    .getBytes(StandardCharsets.UTF_8);
        }
        Path xmlFile = Files.write(dir.resolve(XML), xml);
        for (String name : GeneratorFactory.extractArtifactSerializerMappings(
                new ByteArrayInputStream(xml)).keySet()) {
            Files.write(dir.resolve(name), read(name));
        }
        return xmlFile;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = ShippedFeatures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        }
    }
}
