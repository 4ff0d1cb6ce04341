package io.newslens.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * A word-cluster dictionary ({@code word cluster} lines, UTF-8) that can be stored inside a
 * model file.
 *
 * <p>Why not OpenNLP's {@link WordClusterDictionary} as is: in OpenNLP 2.5.11 its
 * {@code serialize} closes the stream it is given, which is the model's zip stream, so any
 * model using word clusters fails to save ("Stream closed"); it also writes in the platform
 * charset. This subclass keeps the original bytes and writes them back without closing, and
 * reads them with a faster parser of its own.
 */
public final class ClusterDictionary extends WordClusterDictionary {
    private final byte[] bytes;
    private final Map<String, String> clusters;

    public ClusterDictionary(InputStream in) throws IOException {
        this(in.readAllBytes());
    }

    private ClusterDictionary(byte[] bytes) throws IOException {
        super(InputStream.nullInputStream());
        this.bytes = bytes;
        this.clusters = parse(bytes);
    }

    @Override
    public String lookupToken(String token) {
        return clusters.get(token);
    }

    /**
     * The {@code word cluster [more...]} lines of UTF-8 {@code bytes}, fields separated by single
     * spaces: word to cluster name; a line without both is skipped. Why not OpenNLP's parser: its
     * regex split and string interning were a third of the shipped name finder's load time. Why
     * bytes: a space or a line feed byte never occurs inside a multi-byte UTF-8 character.
     */
    private static Map<String, String> parse(byte[] bytes) {
        Map<String, String> clusters = new HashMap<>(bytes.length / 8);
        Map<String, String> names = new HashMap<>();
        for (int start = 0, end; start < bytes.length; start = end + 1) {
            end = indexOf(bytes, (byte) '\n', start, bytes.length);
            int lineEnd = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            int space = indexOf(bytes, (byte) ' ', start, lineEnd);
            if (space == start || space + 1 >= lineEnd) {
                continue;
            }
            int nameEnd = indexOf(bytes, (byte) ' ', space + 1, lineEnd);
            String name = new String(bytes, space + 1, nameEnd - space - 1, StandardCharsets.UTF_8);
            if (!name.isEmpty()) {
                String known = names.putIfAbsent(name, name);
                clusters.put(new String(bytes, start, space - start, StandardCharsets.UTF_8),
                        known == null ? name : known);
            }
        }
        return clusters;
    }

    /** The index of {@code b} in {@code bytes[from, to)}, or {@code to}. */
    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
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
