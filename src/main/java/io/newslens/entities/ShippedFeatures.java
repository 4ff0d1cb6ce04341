package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /** The resource {@link #GAZETTEER_GENERATOR} names, made from the jar's gazetteer when copied. */
    static final String GAZETTEER_DICT = "gazetteer-places-demonyms.tsv";
    /** The gazetteer generator of the shipped XML: places and demonyms, window ±1 (docs/ner-results.md). */
    static final String GAZETTEER_GENERATOR = """
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="io.newslens.entities.GazetteerFeatureGeneratorFactory">
                  <str name="dict">%s</str>
                </generator>
              </generator>
            """.formatted(GAZETTEER_DICT);
    /** The {@link Gazetteer} lists in {@link #GAZETTEER_DICT}. */
    static final List<String> GAZETTEER_CLASSES = List.of("place", "demonym");

    /** Copies the XML and every resource it names into {@code dir}; returns the XML's path. */
    public static Path copyTo(Path dir) throws IOException {
        return copyTo(dir, true);
    }

    /**
     * As {@link #copyTo(Path)}; without {@code gazetteer}, the XML loses
     * {@link #GAZETTEER_GENERATOR} (the feature set before the gazetteer, for comparison).
     * {@link #GAZETTEER_DICT} is written from {@link Gazetteer#shared()}: the lists of the jar
     * at training time, which the trained model then keeps.
     */
    public static Path copyTo(Path dir, boolean gazetteer) throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        Files.createDirectories(dir);
        byte[] xml = read(XML);
        if (!gazetteer) {
            String text = new String(xml, StandardCharsets.UTF_8);
            if (!text.contains(GAZETTEER_GENERATOR)) {
                throw new IllegalStateException(XML + " does not hold the gazetteer generator as written here");
            }
            xml = text.replace(GAZETTEER_GENERATOR, "").getBytes(StandardCharsets.UTF_8);
        }
        Path xmlFile = Files.write(dir.resolve(XML), xml);
        for (String name : GeneratorFactory.extractArtifactSerializerMappings(
                new ByteArrayInputStream(xml)).keySet()) {
            if (name.equals(GAZETTEER_DICT)) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
                    GazetteerDictionary.of(Gazetteer.shared(), GAZETTEER_CLASSES).write(out);
                }
            } else {
                Files.write(dir.resolve(name), read(name));
            }
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
