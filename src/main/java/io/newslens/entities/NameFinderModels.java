package io.newslens.entities;

import io.newslens.nlp.CompactModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Loads name-finder models, the shipped English one ({@value #SHIPPED}) or a file.
 *
 * <p>Always load through here: the shipped model uses {@link ClusterFeatureGeneratorFactory},
 * which OpenNLP only instantiates once {@link ClusterFeatureGeneratorFactory#allow()} has run.
 * The shipped model's perceptron is read as a {@link CompactModel}, which tags the same and
 * loads faster; a file is read by OpenNLP as it is. The returned model is immutable and thread-safe, the
 * {@code NameFinderME} built on it is not (one per thread).
 */
public final class NameFinderModels {
    /** Classpath location of the shipped model, relative to this package. */
    public static final String SHIPPED = "ner-en.bin";

    private NameFinderModels() {
    }

    /** The shipped English model (types person, location, organization, misc). */
    public static TokenNameFinderModel loadShipped() {
        ClusterFeatureGeneratorFactory.allow();
        try (InputStream in = NameFinderModels.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("name-finder model missing from the classpath: " + SHIPPED);
            }
            return new CompactNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the shipped name-finder model", e);
        }
    }

    /** A model file, e.g. one written by {@code newslens train-ner}. */
    public static TokenNameFinderModel load(Path file) throws IOException {
        ClusterFeatureGeneratorFactory.allow();
        return new TokenNameFinderModel(Objects.requireNonNull(file, "file"));
    }

    /** Writes {@code model} to {@code file}, creating its folder. */
    public static void save(TokenNameFinderModel model, Path file) throws IOException {
        Objects.requireNonNull(model, "model");
        Path parent = Objects.requireNonNull(file, "file").toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(file)) {
            model.serialize(os);
        }
    }
}
