package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
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

    /** Copies the XML and every resource it names into {@code dir}; returns the XML's path. */
    public static Path copyTo(Path dir) throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        Files.createDirectories(dir);
        byte[] xml = read(XML);
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
