package io.newslens.entities;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A word-cluster dictionary ({@code word cluster} lines, UTF-8) that can be stored inside a
 * model file.
 *
 * <p>Why not OpenNLP's {@link WordClusterDictionary} as is: in OpenNLP 2.5.11 its
 * {@code serialize} closes the stream it is given, which is the model's zip stream, so any
 * model using word clusters fails to save ("Stream closed"); it also writes in the platform
 * charset. This subclass keeps the original bytes and writes them back without closing.
 */
public final class ClusterDictionary extends WordClusterDictionary {
    private final byte[] bytes;

    public ClusterDictionary(InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    private ClusterDictionary(byte[] bytes) throws IOException {
        super(new ByteArrayInputStream(bytes));
        this.bytes = bytes;
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes {@link ClusterDictionary} model entries; never closes the stream. */
    public static final class Serializer implements ArtifactSerializer<ClusterDictionary> {
        @Override
        public ClusterDictionary create(InputStream in) throws IOException {
            return new ClusterDictionary(in);
        }

        @Override
        public void serialize(ClusterDictionary artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
